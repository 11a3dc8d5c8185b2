"""The PostgreSQL hub: the same tables as a workspace file, on a server that every laptop syncs with.

``init_hub`` creates or migrates the schema with the same Alembic migrations as the files, makes the foreign keys
deferrable (rows may arrive in any order within one push) and adds two hub-only tables: ``hub_meta`` (hub id,
push counter) and ``hub_row_versions`` (which push last changed each row). Pushes are serialised with an advisory
lock, so the push counter orders commits, and a laptop pulls exactly the rows changed after its last pull.

``sync_with_hub`` pushes the local rows changed since the last sync with this hub and pulls the others' rows,
both through the same merge engine as packages. The local file keeps, per hub id, the last pulled push number and
a push mark in its ``meta`` table, plus the hub's address without password.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Engine,
    MetaData,
    String,
    Table,
    Text,
    and_,
    create_engine,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError

from app.store.migrations import HEAD_REVISION, _config, head_revision, known_revisions
from app.store.models import SYNC_MODELS, Meta
from app.store.workspace_file import WorkspaceFile

from .errors import HubError, SyncError
from .local import WorkspaceTarget, scrub_after_merge
from .merge import MergeSummary, MergeTarget, merge_source
from .rows import Row, SqlRowSource

HUB_METADATA = MetaData()
hub_meta = Table("hub_meta", HUB_METADATA,
                 Column("key", String(80), primary_key=True), Column("value", Text, nullable=False))
hub_row_versions = Table("hub_row_versions", HUB_METADATA,
                         Column("table_name", String(60), primary_key=True),
                         Column("record_id", String(36), primary_key=True),
                         Column("seq", BigInteger, nullable=False, index=True))
PUSH_LOCK = 0x51574B53
_META: Table = Meta.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class HubSyncResult:
    hub_id: str
    pushed: MergeSummary
    pulled: MergeSummary


def hub_url(url: str) -> URL:
    """Parse a hub address; plain ``postgresql://`` uses the installed psycopg 3 driver."""
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 - a port that is no number fails here, not later inside the driver
    except (ArgumentError, ValueError, TypeError):
        raise HubError("Die Hub-Adresse ist ungültig (erwartet z. B. postgresql://benutzer@server:5432/datenbank).") \
            from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if not parsed.drivername.startswith(("postgresql", "postgres+")):
        raise HubError("Der Hub muss eine PostgreSQL-Datenbank sein (postgresql://…).")
    if parsed.drivername != "postgresql+psycopg":
        driver = parsed.drivername.partition("+")[2] or parsed.drivername
        raise HubError(f"Den Datenbanktreiber »{driver}« in der Hub-Adresse unterstützt QuartiersWerkstatt nicht; "
                       "bitte die Adresse ohne Treiber angeben: postgresql://benutzer@server:5432/datenbank.")
    return parsed


def safe_url(url: str | URL) -> str:
    """The address without password (also without one in the query string): safe to show and to store."""
    parsed = hub_url(url) if isinstance(url, str) else url
    query = {k: v for k, v in parsed.query.items() if k.lower() not in ("password", "passfile")}
    # URL.set() treats None as "keep", so the password is dropped with _replace (URL is a named tuple)
    return parsed.set(query=query)._replace(password=None).render_as_string(hide_password=False)


def _engine(url: str) -> Engine:
    parsed = hub_url(url)
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError):  # "postgresql+irgendwas://": no such driver installed
        driver = parsed.drivername.partition("+")[2] or parsed.drivername
        raise HubError(f"Den Datenbanktreiber »{driver}« in der Hub-Adresse kennt QuartiersWerkstatt nicht oder "
                       "er ist nicht installiert; bitte die Adresse in der Form postgresql://benutzer@server:5432/"
                       "datenbank angeben.") from None
    except (ArgumentError, TypeError, ValueError):
        raise HubError("Die Hub-Adresse ist ungültig (erwartet z. B. postgresql://benutzer@server:5432/datenbank)."
                       ) from None


#: What the PostgreSQL driver says (English) -> what the user reads.
_DRIVER_REASONS = (
    ("connection refused", "der Server nimmt keine Verbindung an – läuft PostgreSQL dort, stimmt der Port?"),
    ("could not translate host name", "den Servernamen gibt es nicht oder das Netz ist nicht erreichbar"),
    ("name or service not known", "den Servernamen gibt es nicht oder das Netz ist nicht erreichbar"),
    ("password authentication failed", "Benutzername oder Passwort sind falsch"),
    ("no password supplied", "der Server verlangt ein Passwort"),
    ("timeout", "der Server antwortet nicht"),
    ("timed out", "der Server antwortet nicht"),
    ("no route to host", "der Server ist im Netz nicht erreichbar"),
    ("network is unreachable", "das Netz ist nicht erreichbar"),
)


def _unreachable(url: str, exc: DBAPIError) -> HubError:
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else "unbekannter Fehler"
    lowered = reason.lower()
    if "database" in lowered and "does not exist" in lowered:
        reason = "die Datenbank gibt es auf dem Server nicht"
    else:
        reason = next((german for english, german in _DRIVER_REASONS if english in lowered), reason)
    return HubError(f"Der Hub {safe_url(url)} ist nicht erreichbar oder lehnt ab ({reason}); "
                    "die Werkstatt-Datei bleibt unverändert.")


def _revision(conn: Any) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def init_hub(url: str) -> str:
    """Create or migrate the hub schema; returns the hub id. Safe to run again."""
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            revision = _revision(conn)
            if revision is not None and revision not in known_revisions():
                raise HubError("Der Hub wurde von einer neueren Version von QuartiersWerkstatt eingerichtet; "
                               "bitte aktualisieren Sie zuerst dieses Programm.")
            conn.commit()
            from alembic import command

            command.upgrade(_config(conn), "head")
            conn.commit()
            HUB_METADATA.create_all(conn)
            for table, name in conn.execute(text(
                    "SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE contype = 'f' "
                    "AND NOT condeferrable AND connamespace = current_schema()::regnamespace")).all():
                conn.execute(text(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE'))
            for key, value in (("hub_id", str(uuid.uuid4())), ("push_seq", "0")):
                conn.execute(pg_insert(hub_meta).values(key=key, value=value).on_conflict_do_nothing())
            conn.commit()
            return conn.execute(select(hub_meta.c.value).where(hub_meta.c.key == "hub_id")).scalar_one()
    except DBAPIError as exc:
        raise _unreachable(url, exc) from None
    finally:
        engine.dispose()


def _check_ready(conn: Any) -> str:
    if not inspect(conn).has_table("hub_meta"):
        raise HubError("Der Hub ist noch nicht eingerichtet; bitte zuerst »werkstatt hub init URL« ausführen.")
    revision = _revision(conn)
    if revision != HEAD_REVISION and revision != head_revision():
        if revision in known_revisions():
            raise HubError("Der Hub hat ein älteres Schema; bitte zuerst »werkstatt hub init URL« ausführen.")
        raise HubError("Der Hub wurde von einer neueren Version von QuartiersWerkstatt eingerichtet; "
                       "bitte aktualisieren Sie zuerst dieses Programm.")
    hub_id = conn.execute(select(hub_meta.c.value).where(hub_meta.c.key == "hub_id")).scalar()
    if not hub_id:
        raise HubError("Der Hub ist unvollständig eingerichtet; bitte »werkstatt hub init URL« ausführen.")
    return str(hub_id)


class HubTarget(MergeTarget):
    """The hub as merge target: every row a push writes is stamped with the push number."""

    def __init__(self, conn: Any, seq: int) -> None:
        super().__init__(conn)
        self.seq = seq

    def erasure_scope(self, table: Table) -> Any:
        """Every hub row came through a push and was cleaned then: only the rows of this push need a look."""
        hv = hub_row_versions
        return table.c.id.in_(select(hv.c.record_id).where(hv.c.table_name == table.name, hv.c.seq == self.seq))

    def rows_written(self, table: Table, rows: list[Row]) -> None:
        stmt = pg_insert(hub_row_versions)
        self.conn.execute(stmt.on_conflict_do_update(index_elements=["table_name", "record_id"],
                                                     set_={"seq": stmt.excluded.seq}),
                          [{"table_name": table.name, "record_id": r["id"], "seq": self.seq} for r in rows])


def _local_max_stamp(conn: Any) -> str:
    best = ""
    for model in SYNC_MODELS:
        value = conn.execute(select(func.max(model.__table__.c.hlc))).scalar()  # type: ignore[attr-defined]
        if value and value > best:
            best = value
    return best


def _push(engine: Engine, ws: WorkspaceFile, mark: str) -> tuple[str, MergeSummary]:
    with engine.begin() as hub, ws.engine.connect() as local, local.begin():
        hub.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK})
        seq = int(hub.execute(select(hub_meta.c.value).where(hub_meta.c.key == "push_seq")).scalar_one()) + 1
        hub.execute(update(hub_meta).where(hub_meta.c.key == "push_seq").values(value=str(seq)))
        top = _local_max_stamp(local)
        changed = SqlRowSource(local, ws.path.name, lambda t: select(t).where(t.c.hlc > mark))
        return top, merge_source(HubTarget(hub, seq), changed)


def _pull(engine: Engine, ws: WorkspaceFile, hub_id: str, since: int, push_mark: str, url: str) -> MergeSummary:
    hv = hub_row_versions
    with engine.connect().execution_options(isolation_level="REPEATABLE READ") as hub, hub.begin():
        upto = int(hub.execute(select(hub_meta.c.value).where(hub_meta.c.key == "push_seq")).scalar_one())

        def changed(t: Table) -> Any:
            joined = t.join(hv, and_(hv.c.table_name == t.name, hv.c.record_id == t.c.id))
            return select(t).select_from(joined).where(hv.c.seq > since)

        with ws.engine.begin() as local:
            summary = merge_source(WorkspaceTarget(local), SqlRowSource(hub, "Hub", changed))
            for key, value in ((f"hub:{hub_id}:pull_seq", str(upto)), (f"hub:{hub_id}:push_mark", push_mark),
                               (f"hub:{hub_id}:url", url)):
                local.execute(_META.delete().where(_META.c.key == key))
                local.execute(_META.insert().values(key=key, value=value))
        return summary


def sync_with_hub(ws: WorkspaceFile, url: str) -> HubSyncResult:
    """Push local changes, then pull everyone else's. A failure leaves the local file as it was."""
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            hub_id = _check_ready(conn)
        mark = ws.get_setting(f"hub:{hub_id}:push_mark") or ""
        since = int(ws.get_setting(f"hub:{hub_id}:pull_seq") or 0)
        top, pushed = _push(engine, ws, mark)
        pulled = _pull(engine, ws, hub_id, since, max(top, mark), safe_url(url))
    except IntegrityError:
        raise SyncError("Die Änderungen sind in sich unstimmig (Verweise auf fehlende Einträge); "
                        "es wurde nichts übernommen.") from None
    except DBAPIError as exc:
        raise _unreachable(url, exc) from None
    finally:
        engine.dispose()
    top_stamp = max(pushed.max_stamp, pulled.max_stamp)
    if top_stamp:
        ws.clock.observe(top_stamp)
    scrub_after_merge(ws, pulled)
    return HubSyncResult(hub_id, pushed, pulled)
