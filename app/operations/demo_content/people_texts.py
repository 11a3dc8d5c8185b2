"""Name and address pools of the demo: names common in the Ruhr area (German, Polish, Turkish origin)."""

from __future__ import annotations

FIRST_NAMES_FEMALE = (
    "Ursula", "Brigitte", "Renate", "Helga", "Monika", "Gisela", "Ingrid", "Karin", "Sabine", "Petra", "Elke",
    "Marlies", "Fatma", "Ayşe", "Jolanta", "Anja", "Claudia", "Heike", "Jana", "Lena", "Miriam", "Sevgi", "Doris",
    "Hannelore", "Bärbel", "Gülay", "Krystyna", "Silke", "Dörte", "Johanna", "Ilse", "Annegret",
)
FIRST_NAMES_MALE = (
    "Klaus", "Dieter", "Manfred", "Horst", "Werner", "Jürgen", "Günter", "Bernd", "Heinz", "Uwe", "Ralf",
    "Thomas", "Mehmet", "Stefan", "Andreas", "Frank", "Marek", "Tobias", "Jan", "Murat", "Rüdiger", "Jörg",
    "Hüseyin", "Piotr", "Detlef", "Björn", "Hans-Peter", "Wolfgang", "Erkan", "Norbert",
)
SURNAMES = (
    "Kowalski", "Nowak", "Schmidt", "Yılmaz", "Wieczorek", "Becker", "Hoffmann", "Schulte", "Krämer", "Özdemir",
    "Brinkmann", "Kaminski", "Wójcik", "Lehmann", "Peters", "Klein", "Hartmann", "Scholz", "Wagner", "Schäfer",
    "Kuhlmann", "Demir", "Szymański", "Jankowski", "Böhm", "Günther", "Fuchs", "Zimmermann", "Köhler", "Sommer",
    "Winkler", "Pohl", "Lorenz", "Kaya", "Arslan", "Grabowski", "Tillmann", "Overbeck", "Terhorst", "Bergmann",
    "Wittkamp", "Möller", "Husemann", "Schürmann", "Pieper", "Lewandowski", "Çelik", "Aydın", "Stratmann",
    "Heitkamp", "Thiemann", "Rademacher", "Küpper", "Dreßler", "Sauerland", "Niehues", "Borowski", "Bußmann",
    "Hölscher", "Venhoff",
)
STREETS = (
    "Schaffrather Straße", "Am Rosenhügel", "Lindenstraße", "Kirchstraße", "Marienstraße", "Im Buschgrund",
    "Hegestraße", "Am Spinnweg", "Brößweg", "Kampstraße", "Vinckestraße", "Lerchenweg", "Drosselweg",
    "Am Lohmühlenbach", "Bergmannsglückstraße", "Auf der Heide", "Zechenstraße", "Birkenweg",
)
POSTCODES = ("45897", "45897", "45899")
CITY = "Gelsenkirchen"
QUARTIER = "Schaffrath"
#: The project team that phones and writes to providers (they are not participants of an event).
TEAM_ROLES = ("Quartiersentwicklung", "Stadtteilbüro", "Seniorenbüro Nord", "Projektteam Hochschule")
