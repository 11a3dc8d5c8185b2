"""Demo inventory: ~40 actors in every subject category with outreach history, services, networks, costs and
benefits and cooperation links. Returns nothing; later parts find actors in ``b.refs["actors"]`` by spec key."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.categories import category_id
from app.store.models import (
    Actor,
    CooperationLink,
    CostBenefitItem,
    Network,
    NetworkMembership,
    OutreachContact,
    Service,
)

from .builder import DemoBuilder, ascii_slug
from .inventory_texts import (
    ACTORS,
    COOPERATIONS,
    CORE_ACTORS,
    COST_BENEFITS,
    DECLINE_RESULTS,
    NETWORKS,
    NEXT_STEPS,
    OUTREACH_RESULTS,
    SERVICES,
    STATUS_COUNTS,
    ActorSpec,
)
from .people_texts import CITY, POSTCODES, STREETS, TEAM_ROLES

OUTREACH_START = date(2024, 10, 7)
FUNNEL = ("identifiziert", "kontaktiert", "interessiert", "teilnehmend", "Partner")


def build_inventory(b: DemoBuilder) -> None:
    specs = _choose_specs(b)
    statuses = _assign_statuses(b, specs)
    actors: dict[str, Actor] = {}
    for spec in specs:
        actors[spec.key] = _actor(b, spec, statuses[spec.key])
    b.refs["actors"] = actors
    b.s.flush()
    for actor_key in actors:
        _outreach(b, actors[actor_key])
    _services(b, actors)
    _networks(b, actors)
    _cost_benefits(b, actors)
    _cooperations(b, actors)
    b.s.flush()


def _choose_specs(b: DemoBuilder) -> list[ActorSpec]:
    """Every required actor, and most optional ones: which ones are left out depends on the seed."""
    optional = [s for s in ACTORS if s.optional]
    dropped = {s.key for s in b.sample(optional, b.rng.randint(1, 3))}
    return [s for s in ACTORS if s.key not in dropped]


def _assign_statuses(b: DemoBuilder, specs: list[ActorSpec]) -> dict[str, str]:
    pool: list[str] = []
    for status, count in STATUS_COUNTS:
        pool.extend([status] * count)
    pool.extend(["identifiziert"] * max(0, len(specs) - len(pool)))
    pool = pool[: len(specs)]
    core = [s.key for s in specs if s.key in CORE_ACTORS]
    rest = [s.key for s in specs if s.key not in CORE_ACTORS]
    strong = sorted((st for st in pool if st in ("Partner", "teilnehmend")), key=lambda st: st != "Partner")
    weak = [st for st in pool if st not in ("Partner", "teilnehmend")]
    b.rng.shuffle(core)
    out: dict[str, str] = {}
    for key in core:
        out[key] = strong.pop(0) if strong else "teilnehmend"
    leftover = strong + weak
    b.rng.shuffle(leftover)
    for key, status in zip(rest, leftover, strict=False):
        out[key] = status
    for key in rest:
        out.setdefault(key, "identifiziert")
    return out


def _actor(b: DemoBuilder, spec: ActorSpec, status: str) -> Actor:
    owner = b.person()
    template = b.pick(spec.names)
    street = b.pick(STREETS)
    name = template.format(n=owner.last, v=owner.first, s=street)
    contact = b.person()
    slug = ascii_slug(name.replace("e.V.", "").replace("GmbH", "").replace("eG", ""))
    public = spec.public_body
    return b.add(Actor(
        name=name, kind=spec.kind, category_id=category_id(spec.category), legal_form=spec.legal_form,
        non_profit=spec.non_profit, public_body=public, recognised_45a=spec.recognised_45a,
        contact_person=owner.full if "{v}" in template else contact.full, phone=b.phone(),
        email=f"kontakt@{slug}.de" if not public else f"{slug[:20]}@gelsenkirchen.de",
        street=f"{street} {b.rng.randint(1, 160)}", postcode=b.pick(POSTCODES), city=CITY,
        website=f"www.{slug}.de" if b.rng.random() < 0.6 and not public else "",
        outreach_status=status, key_partner=status == "Partner" or (status == "teilnehmend" and b.rng.random() < .2),
        notes=b.pick(("", "", "Ansprechperson bevorzugt Anrufe am Vormittag.", "Hat bereits mit dem Stadtteilbüro "
                      "zusammengearbeitet.", "Parkplatz vor dem Haus, barrierefreier Zugang.")),
    ))


def _outreach(b: DemoBuilder, actor: Actor) -> None:
    """A contact history that walks the funnel up to the actor's current status."""
    status = actor.outreach_status
    if status == "identifiziert":
        return
    target = FUNNEL.index(status) if status in FUNNEL else 2
    day = OUTREACH_START + timedelta(days=b.rng.randint(0, 30))
    steps: list[tuple[str, str, str]] = [("Brief", b.pick(OUTREACH_RESULTS["Brief"]), "kontaktiert")]
    if status == "abgesagt":
        steps.append(("Telefon", b.pick(DECLINE_RESULTS), "abgesagt"))
    if target >= 2:
        steps.append(("Telefon", OUTREACH_RESULTS["Telefon"][b.rng.randint(1, 2)], "interessiert"))
    if target >= 3:
        if b.rng.random() < 0.5:
            steps.append(("E-Mail", b.pick(OUTREACH_RESULTS["E-Mail"]), "interessiert"))
        steps.append(("Konferenz", b.pick(OUTREACH_RESULTS["Konferenz"]), "teilnehmend"))
    if target >= 4:
        steps.append(("Besuch", b.pick(OUTREACH_RESULTS["Besuch"]), "Partner"))
    if status == "kontaktiert" and b.rng.random() < 0.6:
        steps.append(("Telefon", OUTREACH_RESULTS["Telefon"][b.pick((0, 4))], "kontaktiert"))
    for i, (channel, result, after) in enumerate(steps):
        last = i == len(steps) - 1
        next_step = b.pick(NEXT_STEPS) if last and status not in ("abgesagt", "Partner") else ""
        b.add(OutreachContact(
            actor_id=actor.id, channel=channel, contact_date=day, by_whom=b.pick(TEAM_ROLES), result=result,
            status_after=after, next_step=next_step,
            due_date=day + timedelta(days=21) if next_step else None))
        day += timedelta(days=b.rng.randint(9, 40))


def _services(b: DemoBuilder, actors: dict[str, Actor]) -> None:
    for key, name, target, price, unit, financing, availability, access in SERVICES:
        actor = actors.get(key)
        if actor is None:
            continue
        b.add(Service(actor_id=actor.id, name=name, category_id=actor.category_id, target_group=target,
                      price_cents=price, price_unit=unit, financing=financing, availability=availability,
                      accessibility=access))


def _networks(b: DemoBuilder, actors: dict[str, Actor]) -> None:
    for name, description, coordinator, members in NETWORKS:
        net = b.add(Network(name=name, description=description,
                            coordinator_actor_id=actors[coordinator].id if coordinator in actors else None))
        b.s.flush()
        for key, role in members:
            if key in actors:
                b.add(NetworkMembership(network_id=net.id, actor_id=actors[key].id, role=role))


def _cost_benefits(b: DemoBuilder, actors: dict[str, Actor]) -> None:
    for actor_key, category, kind, dimension, weight, note in COST_BENEFITS:
        if actor_key is not None and actor_key not in actors:
            continue
        b.add(CostBenefitItem(
            actor_id=actors[actor_key].id if actor_key else None,
            category_id=category_id(category) if category else None,
            kind=kind, dimension=dimension, weight=max(1, min(5, weight + b.rng.choice((-1, 0, 0, 1)))),
            note=note))


def _cooperations(b: DemoBuilder, actors: dict[str, Actor]) -> None:
    for a, c, link_type, status, description, compatibility, reason in COOPERATIONS:
        if a not in actors or c not in actors:
            continue
        b.add(CooperationLink(actor_a_id=actors[a].id, actor_b_id=actors[c].id, link_type=link_type,
                              status=status, description=description, compatibility=compatibility,
                              compatibility_reason=reason))
