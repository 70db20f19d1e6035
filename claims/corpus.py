"""A synthetic Dutch and English news corpus for benchmarks and load tests. Pure Python, no Django.

`article(n, seed=..., lang_mix=...)` is the text of article number `n` in the seed file format
(`date YYYY-MM`, a title line, paragraphs), always the same for the same arguments, whatever else is
generated: the corpus can be written in any order, in parts, or in parallel. Each article has about
8 to 12 claims of every kind the extractor handles: people introduced with a role and later named
by surname or pronoun, direct quotes with the cue after them, reported speech (`zei dat`,
`volgens`, `said that`, `according to`), quote paragraphs with no cue, colon attribution,
organisations, and the author's own statements with numbers and dates. A few hundred speakers per
language, some in many articles (a Zipf-like draw), so the speaker table grows the way a newsroom's
does. The word lists are data, below; the assembly is `_dutch` and `_english`.
"""

import functools
import itertools
import random
from dataclasses import dataclass

SPEAKERS_PER_LANG = 400


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MONTHS = {
    "nl": _words("januari februari maart april mei juni juli augustus september oktober november december"),
    "en": _words("January February March April May June July August September October November December"),
}
FIRST = {  # (men, women)
    "nl": (
        _words(
            "Jan Pieter Daan Sem Mohamed Thijs Bram Ruben Koen Lars Joost Martijn Ahmed Erik Wouter Gijs "
            "Hans Kees Sander Yusuf Vincent Maarten Rob Niels Stefan"
        ),
        _words(
            "Anna Sanne Eva Lotte Fatima Fleur Iris Julia Sophie Noor Esther Marieke Petra Ilse Karin "
            "Yara Lieke Mirjam Ingrid Hanneke Naima Femke Lisa Anouk Els"
        ),
    ),
    "en": (
        _words(
            "James John Michael David Robert Daniel Thomas Andrew Mark Paul Steven Kevin Brian Omar Raj "
            "Patrick Simon Graham Neil Liam Connor Samuel Ethan Owen Hugh"
        ),
        _words(
            "Sarah Emily Laura Emma Olivia Hannah Rachel Claire Susan Karen Priya Aisha Fiona Grace "
            "Helen Megan Rebecca Sophie Lucy Chloe Amelia Zoe Ruth Maya Nina"
        ),
    ),
}
SURNAMES = {
    "nl": _words(
        "de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|"
        "Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|Kok|"
        "Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|Schouten|"
        "Willems|van Dijk|Hoekstra|Koster|Prins|Huisman|Kuipers|El Amrani|Yilmaz|Bouzid|Verhoeven",
        sep="|",
    ),
    "en": _words(
        "Smith|Johnson|Williams|Brown|Taylor|Davies|Evans|Wilson|Thomas|Roberts|Walker|Wright|"
        "Robinson|Thompson|White|Hughes|Edwards|Green|Hall|Wood|Harris|Clarke|Jackson|Turner|Hill|"
        "Moore|Cooper|Ward|Morris|King|Patel|Khan|Murphy|O'Brien|Kelly|Campbell|Stewart|Fraser|Quinn",
        sep="|",
    ),
}
ROLES = {
    "nl": [
        "minister van Financiën",
        "minister van Volkshuisvesting",
        "staatssecretaris van Klimaat",
        "wethouder van Wonen",
        "wethouder van Verkeer",
        "burgemeester",
        "gedeputeerde",
        "econoom",
        "hoogleraar bestuurskunde",
        "woordvoerder van de politie",
        "directeur van de woningcorporatie",
        "vakbondsvoorzitter",
        "Kamerlid",
        "fractievoorzitter",
        "onderzoeker",
        "ziekenhuisdirecteur",
        "schooldirecteur",
        "boerenvoorman",
        "klimaatwetenschapper",
        "ondernemer",
    ],
    "en": [
        "Finance Minister",
        "Housing Secretary",
        "Energy Minister",
        "Mayor",
        "council leader",
        "economist",
        "professor",
        "police spokesperson",
        "chief executive",
        "union leader",
        "MP",
        "opposition leader",
        "researcher",
        "hospital director",
        "head teacher",
        "farmers' leader",
        "climate scientist",
        "business owner",
    ],
}
ORGANISATIONS = {
    "nl": [
        "Het Centraal Planbureau",
        "De gemeente Rotterdam",
        "Het CBS",
        "De provincie Utrecht",
        "Rijkswaterstaat",
    ],
    "en": ["The Office for National Statistics", "The city council", "The Treasury", "The Met Office"],
}
PLACES = {
    "nl": _words("Utrecht Rotterdam Zwolle Groningen Eindhoven Arnhem Leeuwarden Maastricht Almere Delft"),
    "en": _words("Leeds Manchester Bristol Glasgow Cardiff Belfast Norwich Sheffield Dublin Leicester"),
}
# Per topic: a headline, facts as (subject, verb, rest) so a fact reads as a main clause, a
# `dat`/`that` clause or (Dutch) inverted after `Volgens X`, and first-person quotes.
# Slots: {pct} a percentage, {num} a count, {money} an amount, {year}, {month}, {place}.
TOPICS = {
    "nl": [
        (
            "Huren in {place} stijgen harder dan verwacht",
            [
                ("de huren", "stijgen", "volgend jaar met {pct} procent"),
                ("de gemeente", "bouwt", "tot {year} ruim {num} sociale huurwoningen"),
                ("het woningtekort", "bedraagt", "in {place} inmiddels {num} woningen"),
                ("de wachtlijst", "groeide", "sinds {year} met {pct} procent"),
            ],
            [
                "We bouwen niet snel genoeg.",
                "Jonge mensen kunnen hier geen huis meer vinden.",
                "Dit is een noodtoestand op de woningmarkt.",
                "Zonder extra geld gaat het niet lukken.",
            ],
        ),
        (
            "Kabinet reserveert {money} voor klimaat",
            [
                ("de uitstoot", "daalde", "in {year} met {pct} procent"),
                ("het kabinet", "reserveert", "{money} voor isolatie van woningen"),
                ("het aantal zonnepanelen", "verdubbelde", "sinds {year}"),
                ("de subsidie", "geldt", "tot {month} {year}"),
            ],
            [
                "We halen de doelen alleen als iedereen meedoet.",
                "Dit is pas het begin.",
                "De rekening mag niet bij de gewone burger komen te liggen.",
                "We hebben geen tijd te verliezen.",
            ],
        ),
        (
            "Werkloosheid in {place} loopt op",
            [
                ("de werkloosheid", "steeg", "in {month} tot {pct} procent"),
                ("het aantal vacatures", "daalde", "met {num} ten opzichte van vorig jaar"),
                ("de economie", "groeit", "dit jaar met {pct} procent"),
                ("de inflatie", "bedroeg", "in {month} {pct} procent"),
            ],
            [
                "Bedrijven zijn voorzichtig met aannemen.",
                "Dit zagen we al een tijd aankomen.",
                "De arbeidsmarkt blijft krap.",
                "Ik maak me zorgen over de jongeren.",
            ],
        ),
        (
            "Ziekenhuizen kampen met personeelstekort",
            [
                ("de wachttijd", "bedraagt", "inmiddels {num} dagen"),
                ("het ziekenhuis", "sluit", "in {month} twee afdelingen"),
                ("het ziekteverzuim", "lag", "in {year} op {pct} procent"),
                ("de zorgkosten", "stijgen", "naar {money}"),
            ],
            [
                "Het personeel loopt op zijn tenen.",
                "Patiënten moeten te lang wachten.",
                "We doen wat we kunnen, maar het is niet genoeg.",
                "Dit houden we geen jaar meer vol.",
            ],
        ),
        (
            "Nieuwe busdienst tussen {place} en omgeving",
            [
                ("de vervoerder", "schrapt", "vanaf {month} {num} ritten per week"),
                ("het aantal reizigers", "daalde", "sinds {year} met {pct} procent"),
                ("de provincie", "steekt", "jaarlijks {money} in het busvervoer"),
                ("de nieuwe lijn", "rijdt", "vanaf {month} elk half uur"),
            ],
            [
                "Op sommige ritten zitten maar twee reizigers.",
                "Ouderen komen straks niet meer bij de huisarts.",
                "Meer geld is er gewoon niet.",
                "We zoeken samen met de dorpen naar een oplossing.",
            ],
        ),
        (
            "Scholen in {place} zoeken leraren",
            [
                ("het lerarentekort", "bedraagt", "in {place} zo'n {num} voltijdsbanen"),
                ("de gemeente", "investeert", "{money} in nieuwe schoolgebouwen"),
                ("het aantal leerlingen", "groeit", "tot {year} met {pct} procent"),
                ("een op de tien lessen", "wordt", "door een invaller gegeven"),
            ],
            [
                "Kinderen verdienen een vaste leraar voor de klas.",
                "We kunnen de vacatures niet vullen.",
                "Het onderwijs verdient meer waardering.",
                "Dit gaat ten koste van de leerlingen.",
            ],
        ),
    ],
    "en": [
        (
            "Rents in {place} rise faster than expected",
            [
                ("rents", "will rise", "by {pct}% next year"),
                ("the council", "plans to build", "{num} social homes by {year}"),
                ("the housing waiting list", "has grown", "by {pct}% since {year}"),
                ("house prices", "fell", "by {pct}% in {month}"),
            ],
            [
                "We are simply not building fast enough.",
                "Young people cannot find a home here any more.",
                "This is a crisis and it needs a crisis response.",
                "Without more money this will not work.",
            ],
        ),
        (
            "Government pledges {money} for climate plans",
            [
                ("emissions", "fell", "by {pct}% in {year}"),
                ("the government", "will spend", "{money} on home insulation"),
                ("the number of heat pumps", "has doubled", "since {year}"),
                ("the grant scheme", "runs", "until {month} {year}"),
            ],
            [
                "We will only meet the targets if everyone plays their part.",
                "This is just the beginning.",
                "Ordinary families must not foot the bill.",
                "We have no time to lose.",
            ],
        ),
        (
            "Unemployment in {place} climbs again",
            [
                ("unemployment", "rose", "to {pct}% in {month}"),
                ("the number of vacancies", "fell", "by {num} compared with last year"),
                ("the economy", "will grow", "by {pct}% this year"),
                ("inflation", "stood", "at {pct}% in {month}"),
            ],
            [
                "Firms are being careful about hiring.",
                "We saw this coming for months.",
                "The labour market is still tight.",
                "I am worried about young people.",
            ],
        ),
        (
            "Hospitals struggle with staff shortages",
            [
                ("waiting times", "have reached", "{num} days"),
                ("the hospital", "will close", "two wards in {month}"),
                ("staff sickness", "was", "{pct}% in {year}"),
                ("health spending", "will rise", "to {money}"),
            ],
            [
                "Staff are exhausted.",
                "Patients are waiting far too long.",
                "We are doing what we can, but it is not enough.",
                "We cannot keep this up for another year.",
            ],
        ),
        (
            "New bus service links {place} with villages",
            [
                ("the operator", "will cut", "{num} journeys a week from {month}"),
                ("passenger numbers", "have fallen", "by {pct}% since {year}"),
                ("the county", "spends", "{money} a year on buses"),
                ("the new route", "will run", "every half hour from {month}"),
            ],
            [
                "Some buses carry only two passengers.",
                "Older people will not be able to reach their doctor.",
                "There is simply no more money.",
                "We are looking for a solution with the villages.",
            ],
        ),
    ],
}
SOURCES = ["het CBS", "de gemeente", "het Planbureau voor de Leefomgeving", "de GGD", "het UWV"]
CUES = {"nl": ["zei", "zegt", "stelde", "aldus"], "en": ["said", "says", "added"]}
REPORT_VERBS = {
    "nl": ["zei", "zegt", "benadrukte", "verklaarde", "stelde"],
    "en": ["said", "argued", "warned"],
}
# Said by anyone on any topic, mixed with the topic's own quotes.
GENERIC_QUOTES = {
    "nl": [
        "Daar ga ik niet over.",
        "We moeten eerlijk zijn over wat er mis is gegaan.",
        "Ik begrijp de zorgen van de mensen heel goed.",
        "Dit kan zo niet langer doorgaan.",
        "We zitten volgende week opnieuw om tafel.",
        "Het is nu aan de politiek om te kiezen.",
        "Niemand heeft hier baat bij.",
        "Ik ben daar heel stellig in.",
    ],
    "en": [
        "That is not a decision for me.",
        "We have to be honest about what went wrong.",
        "I understand why people are worried.",
        "This cannot go on.",
        "We will be back at the table next week.",
        "It is now up to the politicians.",
        "Nobody benefits from this.",
        "I am very clear about that.",
    ],
}
PRONOUNS = {
    "nl": {"m": ("Hij", "hem"), "f": ("Zij", "haar")},
    "en": {"m": ("He", "him"), "f": ("She", "her")},
}


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    role: str
    gender: str  # "m" or "f": the pronoun a later sentence uses

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def surname(self) -> str:
        """How a later sentence names them: "De Vries", "Smith"."""
        return self.last[0].upper() + self.last[1:]


@functools.lru_cache(maxsize=8)
def speakers(lang: str, seed: int) -> tuple[tuple[Person, ...], list[float]]:
    """The corpus's speakers for a language, most frequent first, with cumulative Zipf-like weights."""
    rng = random.Random(f"speakers:{lang}:{seed}")
    men, women = FIRST[lang]
    names = [(f, s, g) for g, firsts in (("m", men), ("f", women)) for f in firsts for s in SURNAMES[lang]]
    rng.shuffle(names)
    people = tuple(
        Person(first, last, rng.choice(ROLES[lang]), gender)
        for first, last, gender in names[:SPEAKERS_PER_LANG]
    )
    weights = list(itertools.accumulate(1 / (rank + 1) ** 0.9 for rank in range(len(people))))
    return people, weights


def article(n: int, *, seed: int = 1, lang_mix: float = 0.6) -> str:
    """Article number `n`: a `date YYYY-MM` line, a title line and paragraphs. `lang_mix` is the
    share of Dutch articles."""
    rng = random.Random(seed * 1_000_003 + n)
    lang = "nl" if rng.random() < lang_mix else "en"
    people, weights = speakers(lang, seed)
    cast = []
    while len(cast) < 3:
        person = rng.choices(people, cum_weights=weights)[0]
        if person not in cast:
            cast.append(person)
    headline, facts, quotes = rng.choice(TOPICS[lang])
    slots = _Slots(rng, lang, facts)
    year, month = rng.randint(2015, 2024), rng.randint(1, 12)
    write = _dutch if lang == "nl" else _english
    pool = quotes + GENERIC_QUOTES[lang]
    paragraphs = write(rng, slots, cast, rng.sample(pool, len(pool)))
    return f"date {year}-{month:02d}\n{slots.fill(headline)}\n\n" + "\n\n".join(paragraphs) + "\n"


class _Slots:
    """Fills a template's {pct}, {num}, {money}, {year}, {month} and {place} with fresh values."""

    def __init__(self, rng: random.Random, lang: str, facts):
        self.rng, self.lang = rng, lang
        # Each fact once before any repeats, so two sentences in a row never say the same thing.
        self.facts, self.used = rng.sample(facts, len(facts)), 0

    def fill(self, template: str) -> str:
        if "{" not in template:
            return template
        rng, lang = self.rng, self.lang
        pct = f"{rng.randint(1, 19)}{',' if lang == 'nl' else '.'}{rng.randint(1, 9)}"
        amount = rng.randint(12, 950)
        money = f"{amount} miljoen euro" if lang == "nl" else f"£{amount} million"
        num = f"{rng.randint(2, 90) * 100:,}".replace(",", "." if lang == "nl" else ",")
        return template.format(
            pct=pct,
            num=num,
            money=money,
            year=rng.randint(2015, 2024),
            month=rng.choice(MONTHS[lang]),
            place=rng.choice(PLACES[lang]),
        )

    def fact(self, form: str) -> str:
        """The next fact as a main clause ("De huren stijgen …"), `dat`/`that` clause or inverted clause."""
        subject, verb, rest = self.facts[self.used % len(self.facts)]
        self.used += 1
        rest = self.fill(rest)
        if form == "main":
            return f"{subject[0].upper()}{subject[1:]} {verb} {rest}"
        if form == "inverted":
            return f"{verb} {subject} {rest}"
        return f"{subject} {rest} {verb}" if self.lang == "nl" else f"{subject} {verb} {rest}"


def _quote(quotes: list[str], *, n=1) -> str:
    """The next `n` quotes of the article's shuffled list: no quote twice in one article."""
    return " ".join(quotes.pop() for _ in range(n))


def _dutch(rng, slots, cast, quotes) -> list[str]:
    a, b, _ = cast
    day = rng.choice(WEEKDAYS["nl"])
    he, him = PRONOUNS["nl"][a.gender]
    role_a = a.role[0].upper() + a.role[1:]
    paras = [f"{slots.fact('main')}." + (f" {slots.fact('main')}." if rng.random() < 0.5 else "")]
    if rng.random() < 0.5:
        paras[0] += f" Dat heeft {a.name} {day} laten weten."
        paras.append(f"“{_quote(quotes)[:-1]}”, {rng.choice(CUES['nl'])} {a.surname}. “{_quote(quotes)}”")
    else:
        paras.append(
            f"{role_a} {a.name} {rng.choice(REPORT_VERBS['nl'])} {day} dat {slots.fact('sub')}. "
            f"“{_quote(quotes)[:-1]}”, zei {a.surname}."
        )
    paras.append(f"“{_quote(quotes, n=2)}”")
    paras.append(f"{he} benadrukte dat {slots.fact('sub')}. Volgens {him} {slots.fact('inverted')}.")
    middle = [
        f"{slots.fact('main')} in {slots.fill('{place}')}. Dat blijkt uit cijfers van {rng.choice(SOURCES)}.",
        f"Volgens {b.role} {b.name} {slots.fact('inverted')}. “{_quote(quotes)[:-1]}”, "
        f"{rng.choice(CUES['nl'])} {b.surname}.",
        f"{rng.choice(ORGANISATIONS['nl'])} meldde dat {slots.fact('sub')}.",
        f"{b.surname}: „{_quote(quotes)}”",
    ]
    if rng.random() < 0.4:
        middle.append(f"{b.surname} {rng.choice(REPORT_VERBS['nl'])} dat {slots.fact('sub')}.")
    paras.extend(middle[:2] + rng.sample(middle[2:], len(middle) - 3))
    paras.append(
        slots.fill(f"De gemeenteraad van {{place}} praat op {rng.randint(1, 28)} {{month}} over de plannen.")
    )
    return paras


def _english(rng, slots, cast, quotes) -> list[str]:
    a, b, c = cast
    day = rng.choice(WEEKDAYS["en"])
    he, _ = PRONOUNS["en"][a.gender]
    paras = [f"{slots.fact('main')}, figures showed on {day}. {slots.fact('main')}."]
    paras.append(
        f"{a.role[0].upper()}{a.role[1:]} {a.name} {rng.choice(REPORT_VERBS['en'])} "
        f"that {slots.fact('sub')}. "
        f'"{_quote(quotes)[:-1]}," {a.surname} {rng.choice(CUES["en"])}.'
    )
    paras.append(f'"{_quote(quotes, n=2)}"')
    paras.append(f"{he} told reporters that {slots.fact('sub')}.")
    middle = [
        f"{slots.fact('main')} in {slots.fill('{place}')}, according to {c.name}.",
        f"{b.name}, a {b.role.lower() if b.role[0].isupper() and ' ' in b.role else b.role}, said: "
        f'"{_quote(quotes)}"',
        f"According to {b.surname}, {slots.fact('sub')}.",
        f"{rng.choice(ORGANISATIONS['en'])} said that {slots.fact('sub')}.",
        f'"{_quote(quotes)[:-1]}," said {b.surname}.',
    ]
    paras.extend(middle[:2] + rng.sample(middle[2:], len(middle) - 3))
    paras.append(slots.fill(f"The council will discuss the plans on {{month}} {rng.randint(1, 28)}."))
    return paras


def path_for(n: int, total: int) -> str:
    """Where article `n` of `total` goes: at most 1000 files a folder ("003/003141.txt")."""
    width = max(6, len(str(total - 1)))
    folders = max(3, len(str((total - 1) // 1000)))
    return f"{n // 1000:0{folders}d}/{n:0{width}d}.txt"
