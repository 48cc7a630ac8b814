"""A deterministic, synthetic demo organisation for Albertslund's network structure, 2013–today.

Believable but clearly synthetic (the UI shows a "Demodata" badge): the real directorates and
department names (seeds/README.md), invented people, and networks following NS1 (2013), NS2
(2014–2015, with the spring 2015 half-year of 15 welfare networks and 1 innovation network) and
NS3 (from 2016, 4–5 starts per half-year). A few realistic breaches of the NS3 rules are planted
on purpose (DEMO_BREACHES) so the rule checks have something to show. One organisation-wide RC
survey wave per year from 2016; pairs of groups whose departments shared networks between two
waves improve more than other pairs.

`scale` multiplies people, networks per half-year and respondents, for benchmarks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pandas as pd

from data.calendar import half_years, monday, next_half_year
from data.db import connect, pseudonym_sql, resolve_path, set_setting
from data.schema import RC_DIMENSIONS, THEME_CRITERIA, ident, ident_list

DIRECTORATES = [
    ("DIR-BKMB", "By, Kultur, Miljø & Beskæftigelse"),
    ("DIR-BSV", "Børn, Sundhed & Velfærd"),
]
DEPARTMENTS = [
    ("AFD-AEY", "Arbejdsmarked, Erhverv & Ydelser", "DIR-BKMB"),
    ("AFD-KFS", "Kultur, Fritid & Forebyggende Sundhed", "DIR-BKMB"),
    ("AFD-MT", "Miljø & Teknik", "DIR-BKMB"),
    ("AFD-BPD", "By, Plan & Digitalisering", "DIR-BKMB"),
    ("AFD-DT", "Dagtilbud", "DIR-BSV"),
    ("AFD-SK", "Skole (PPR)", "DIR-BSV"),
    ("AFD-SPO", "Sundhed, Pleje & Omsorg", "DIR-BSV"),
    ("AFD-SF", "Social og Familie", "DIR-BSV"),
]
RC_EXTRA_GROUPS = ["Økonomi & Stab", "Drift & Service"]  # work groups that are not one department
SMALL_RC_GROUP = "Drift & Service"  # always fewer than 5 respondents: shows suppression

FIRST_NAMES = """Anne Mette Hanne Susanne Lene Camilla Louise Maria Pia Tina Karen Helle Marianne
Charlotte Birgitte Rikke Sofie Line Julie Ida Lars Jens Peter Michael Henrik Søren Thomas Niels
Martin Jesper Anders Morten Rasmus Mads Jakob Kasper Mikkel Frederik Emil Ahmed""".split()
LAST_NAMES = """Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen
Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen
Knudsen Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Holm Schmidt Eriksen
Kristiansen Nørgaard Bach Skov Dam Holst Bruun Vestergaard Yilmaz""".split()

# Theme titles named in the municipality's public material (seeds/README.md), by half-year.
REAL_THEMES: dict[str, list[tuple[str, str]]] = {
    "2015H1": [
        ("innovation", "Bo i Albertslund"),
        ("welfare", "Elever med højt fravær"),
        ("welfare", "Hærværk"),
    ],
    "2016H1": [("learning", "Deleøkonomi")],
    "2016H2": [
        ("welfare", "Styrket administration"),
        ("welfare", "Involvering af pårørende i ældreplejen"),
        ("welfare", "Fælles ungdomsklub"),
        ("learning", "Frivillighed"),
        ("innovation", "Urban farming i Albertslund"),
    ],
    "2017H1": [
        ("welfare", "Sproglige færdigheder hos førskolebørn"),
        ("welfare", "Ensomhed blandt ældre"),
    ],
}
INVENTED_THEMES: dict[str, list[str]] = {
    "welfare": """Unge uden uddannelse eller job|Sammenhængende udskrivning fra hospital
|Tidlig indsats for sårbare familier|Overgang fra barn til voksen med handicap
|Færre sygedage i ældreplejen|Mad og måltider på plejecentre|Trivsel i indskolingen
|Borgere med både misbrug og psykisk sygdom|Tryghed i boligområderne|Fravær i dagtilbud
|Overgang fra dagtilbud til skole|Rehabilitering i eget hjem|Nye job til ledige over 50
|Fælles indsats mod ensomhed hos unge|Bedre brug af velfærdsteknologi|Pårørende som ressource
|Sammenhæng i sager om børn med særlige behov|Aktiv fritid for udsatte børn
|Forebyggelse af fald hos ældre|Modtagelse af nye borgere|Sundhed på arbejdspladsen
|Klare breve til borgerne|Digital selvbetjening for ældre|Flere i fritidsjob
|Samarbejde med civilsamfundet om lektiehjælp|Kriminalitetsforebyggelse blandt unge
|Hurtigere afklaring af sygemeldte|Ældre der bliver boende i eget hjem|Børn i familier med misbrug
|Færre anbringelser gennem tidlig støtte|Sammenhæng for borgere med hjerneskade
|Motion og bevægelse i dagtilbud|Én plan for familien|Unge på kanten af arbejdsmarkedet
|Demensvenlig kommune|Tosprogede børns skolestart|Medicinhåndtering på tværs
|Genoptræning efter hospitalsophold|Fællesskaber for nytilflyttede familier
|Borgere i gæld|Botilbud og beskæftigelse|Bedre overgange fra skole til ungdomsuddannelse
|Sund kost for ældre i eget hjem|Vold i nære relationer|Forebyggelse af skolefravær i udskolingen
|Tværfaglig indsats for psykisk sårbare unge|Rehabilitering frem for kompensation
|Bedre brug af kommunens lokaler|Lokale jobs til lokale borgere|Ensomhed blandt unge mødre
|Færre genindlæggelser|Natur og læring i dagtilbud|Trivsel blandt medarbejdere i ældreplejen""",
    "learning": """Cirkulær økonomi|Samskabelse med borgere|Data i velfærden|Tillidsbaseret ledelse
|Bæredygtige indkøb|Kunstig intelligens i sagsbehandlingen|Nudging|Klimatilpasning
|Frivillige i ældreplejen|Verdensmålene i kommunen|Borgerinddragelse i byudvikling
|Adfærdsdesign i borgerkommunikation|Velfærdsteknologi i praksis|Lokaldemokrati
|Partnerskaber med virksomheder|Mental sundhed|Effektmåling i velfærden
|Biodiversitet i byen|Kommunikation med unge|Ledelse på tværs""",
    "innovation": """Fremtidens plejecenter|Byens grønne fællesskaber|Albertslund som klimaby
|Fremtidens skole|Det gode liv med demens|Den grønne omstilling af erhvervet
|Fremtidens bibliotek|Velfærd uden mure|Den selvkørende bybus|Energifællesskaber
|Fremtidens ungdomsliv|Albertslund Centrum som mødested|Sundhedshus i lokalsamfundet""",
}
SOLUTION_KINDS = [
    "Fælles arbejdsgang",
    "Tværfagligt team",
    "Digital guide",
    "Samarbejdsaftale",
    "Pilotforløb",
    "Fælles visitation",
    "Borgerpanel",
    "Metodekatalog",
    "Tjekliste til overgange",
    "Fælles møde-forum",
]

# The breaches planted on purpose, one per rule the NS3 checks cover (DESIGN.md §6).
DEMO_BREACHES = {
    "leader_qualified": "2017H2: a welfare network led by an untested employee",
    "innovation_concurrency": "2018H1: two innovation starts while the one from 2017H2 runs "
    "(so that half-year has only 2 welfare starts: welfare_per_half_year, info); 2018H2 starts "
    "no innovation network, so this is the only episode",
    "cross_cutting": "2019H1: a welfare network whose members all come from one department",
    "starts_per_half_year": "2020H1: only two starts (corona), both welfare "
    "(also learning_per_half_year and welfare_per_half_year, info)",
    "political_link": "2021H2: an innovation network linked to a fagudvalg",
    "reference_leader_level": "2022H1: a welfare network whose reference leader is not in CF",
    "leader_concurrency": "2023H2: one person leads two networks at once",
    "co_driver": "2024H1: a welfare network without a co-driver",
    "reference_leader_count": "the earliest running network: its reference leader left",
    "network_leader_count": "the second running network: its leader left",
    # not a rule: "load" — the newest running network's leader also takes part in the one
    # started before it, so the forecast has a week over the load threshold
    "solution_on_shelf": "older solutions still 'handed_over' after more than 180 days",
}
CO_DRIVER_CLASSES = [dt.date(2014, 3, 1) + dt.timedelta(days=548 * i) for i in range(10)]
DIPLOMA_CLASSES = [dt.date(2013, 11, 1) + dt.timedelta(days=548 * i) for i in range(10)]
WEEKS = {"learning": 18, "welfare": 24, "innovation": 36}


@dataclass
class Person:
    id: str
    name: str
    department_id: str | None
    kind: str = "employee"
    in_chefforum: bool = False
    is_director: bool = False
    diploma: dt.date | None = None
    trained: dt.date | None = None
    first_role: dt.date | None = None
    leads_until: dt.date = dt.date.min


@dataclass
class Net:
    id: str
    name: str
    type: str
    theme_id: str
    generation: str
    half_year: str
    start: dt.date
    planned_end: dt.date
    end: dt.date | None
    status: str
    political_link: str
    tested: bool
    roles: list = field(default_factory=list)  # (person_id, role, from, to)


class _Builder:
    def __init__(self, scale: int, seed: int, today: dt.date):
        self.scale, self.today, self.seed = scale, today, seed
        self.rng = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.mix = random.Random(seed + 1)
        self.people: dict[str, Person] = {}
        self.by_department: dict[str, list[str]] = {d[0]: [] for d in DEPARTMENTS}
        self.heads: dict[str, str] = {}
        self.directors: list[str] = []
        self.externals: dict[str, list[str]] = {}
        self.networks: list[Net] = []
        self.themes: list[dict] = []
        self.used_titles: dict[str, int] = {}
        self.role_people: list[str] = []  # people who have led or co-driven: the leader pool
        self._employees: list[str] = []
        self.theme_counter: dict[int, int] = {}
        self.title_queues: dict[str, list[str]] = {}

    # --- people ---------------------------------------------------------------------------------
    def _name(self, i: int) -> str:
        first = FIRST_NAMES[i % len(FIRST_NAMES)]
        last = LAST_NAMES[(i * 7 + i // len(FIRST_NAMES)) % len(LAST_NAMES)]
        combos = len(FIRST_NAMES) * len(LAST_NAMES)
        middle = f" {chr(65 + (i // combos) % 26)}." if i >= combos else ""
        return f"{first}{middle} {last}"

    def _add_person(self, department_id, kind="employee", **flags) -> Person:
        pid = f"P{len(self.people) + 1:05d}"
        name = self._name(len(self.people)) if kind == "employee" else flags.pop("name")
        person = Person(pid, name, department_id, kind, **flags)
        self.people[pid] = person
        if kind == "employee" and not person.in_chefforum:
            self.by_department[department_id].append(pid)
        return person

    def build_people(self) -> None:
        self.ceo = self._add_person("AFD-BPD", in_chefforum=True, is_director=True).id
        for i, (_, _) in enumerate(DIRECTORATES):
            dep = DEPARTMENTS[i * 4][0]
            self.directors.append(self._add_person(dep, in_chefforum=True, is_director=True).id)
        self.directors.append(self.ceo)
        for dep, _, _ in DEPARTMENTS:
            self.heads[dep] = self._add_person(dep, in_chefforum=True).id
        weights = [1.0, 0.8, 0.9, 0.7, 1.3, 1.2, 1.5, 1.1]
        total = 250 * self.scale - len(self.people)
        for i in range(total):
            dep = self.rng.choices(DEPARTMENTS, weights)[0][0] if i >= 8 else DEPARTMENTS[i][0]
            self._add_person(dep)
        kinds = {
            "citizen": ("Borgerrepræsentant", 10),
            "business": ("Virksomhed", 6),
            "knowledge_institution": ("Vidensinstitution", 5),
            "association": ("Forening", 6),
            "politician": ("Kommunalpolitiker", 5),
        }
        for kind, (label, n) in kinds.items():
            self.externals[kind] = [
                self._add_person(None, kind, name=f"{label} {i + 1} (demo)").id
                for i in range(n * self.scale)
            ]
        for i, start in enumerate(CO_DRIVER_CLASSES):  # co-driver training every 1½ years
            if start > self.today:
                break
            for pid in self.rng.sample(self.employees, (12 + i % 4) * self.scale):
                self.people[pid].trained = self.people[pid].trained or start

    @property
    def employees(self) -> list[str]:
        if not self._employees:
            self._employees = [p for ids in self.by_department.values() for p in ids]
        return self._employees

    # --- themes and networks --------------------------------------------------------------------
    def _title(self, network_type: str, half_year: str, real: list) -> str:
        for i, (t, _) in enumerate(real):
            if t == network_type:
                return real.pop(i)[1]
        queue = self.title_queues.setdefault(network_type, [])
        if not queue:  # draw without replacement; a title repeats only once all are used
            queue.extend(s.strip() for s in INVENTED_THEMES[network_type].split("|"))
            self.rng.shuffle(queue)
        title = queue.pop()
        self.used_titles[title] = self.used_titles.get(title, 0) + 1
        count = self.used_titles[title]
        return title if count == 1 else f"{title} ({count}. runde)"

    def _theme(self, title, network_type, proposed_on, status, owner=None) -> str:
        year = proposed_on.year
        self.theme_counter[year] = self.theme_counter.get(year, 0) + 1
        tid = f"T{year}-{self.theme_counter[year]:02d}"
        scored = status != "proposed" or self.rng.random() < 0.5
        low = 2 if status in ("launched", "prioritised") else 0
        crit = {c: (self.rng.randint(low, 3) if scored else None) for c in THEME_CRITERIA}
        self.themes.append(
            {
                "id": tid,
                "title": title,
                "description": f"Syntetisk demotema: {title.lower()} på tværs af afdelingerne.",
                "origin": self.rng.choice(["bottom_up", "bottom_up", "outside_in", "top_down"]),
                "proposed_on": proposed_on,
                "status": status,
                "suggested_type": network_type,
                "owner_id": owner or self.rng.choice(list(self.heads.values())),
                **crit,
            }
        )
        return tid

    def _plan(self, half_year: str) -> list[str]:
        """Network types started in a half-year (NS3, seed 002: 4-5 starts, 1 learning, 3-4
        welfare, at most 2 innovation running), with NS1/NS2 history and planted breaches."""
        fixed = {
            "2013H1": ["welfare", "learning", "welfare", "welfare"],
            "2013H2": ["welfare", "learning", "welfare"],
            "2014H1": ["welfare", "welfare", "learning", "welfare"],
            "2014H2": ["welfare", "welfare", "welfare", "learning", "innovation"],
            "2015H1": ["innovation"] + ["welfare"] * 15,
            "2015H2": ["welfare", "learning", "welfare"],
            "2018H1": ["learning", "welfare", "welfare", "innovation", "innovation"],
            # no innovation start: the two of 2018H1 still run (one concurrency episode only)
            "2018H2": ["learning", "welfare", "welfare", "welfare", "welfare"],
            "2020H1": ["welfare", "welfare"],
        }
        if half_year in fixed:
            return fixed[half_year]
        types = ["learning", "welfare", "welfare", "welfare"]
        year, h = int(half_year[:4]), half_year[-1]
        if h == "2" or year in (2019, 2022, 2025):
            types.append("innovation")
        elif random.Random(f"{self.seed}-{half_year}").random() < 0.5:  # same at any scale
            types.append("welfare")
        return types

    def build_networks(self) -> None:
        nxt = next_half_year(self.today)
        halves = half_years(dt.date(2013, 1, 1), self.today) + [nxt]
        counters: dict[int, int] = {}
        for half_year in halves:
            year = int(half_year[:4])
            generation = "NS1" if year == 2013 else "NS2" if year < 2016 else "NS3"
            types = self._plan(half_year)
            if half_year == nxt:
                types = types[:2]  # the next half-year: two networks already planned
            real = list(REAL_THEMES.get(half_year, []))
            for copy in range(self.scale):
                first_day = dt.date(year, 2, 1) if half_year[-1] == "1" else dt.date(year, 8, 15)
                starts = sorted(
                    monday(first_day + dt.timedelta(days=self.rng.randint(0, 70))) for _ in types
                )
                for slot, (network_type, start) in enumerate(zip(types, starts, strict=True)):
                    counters[year] = counters.get(year, 0) + 1
                    net = self._network(
                        network_type,
                        start,
                        generation,
                        half_year,
                        f"N{year}-{counters[year]:02d}",
                        real,
                    )
                    self._staff(net, slot, breach=copy == 0)
                    self.networks.append(net)
        self._plant_running_breaches()

    def _network(self, network_type, start, generation, half_year, nid, real) -> Net:
        title = self._title(network_type, half_year, real)
        proposed = start - dt.timedelta(days=self.rng.randint(90, 200))
        theme_id = self._theme(title, network_type, proposed, "launched")
        tested = network_type == "welfare" and self.rng.random() < 0.35
        weeks = WEEKS[network_type] + (8 if tested else 0)
        planned_end = start + dt.timedelta(days=7 * weeks - 1)
        end, status = None, "planned"
        if planned_end < self.today:
            end, status = planned_end, "closed"
            if self.rng.random() < 0.05:
                end, status = start + dt.timedelta(days=7 * (weeks // 2)), "stopped"
        elif start <= self.today:
            in_test = tested and self.today > planned_end - dt.timedelta(days=56)
            status = "testing" if in_test else "active"
        link = "none"
        if network_type == "welfare" and self.rng.random() < 0.3:
            link = "fagudvalg"
        elif network_type == "innovation":
            link = "innovationsudvalg" if self.rng.random() < 0.7 else "kommunalbestyrelse"
        if half_year == "2021H2" and network_type == "innovation":
            link = "fagudvalg"  # planted: political_link
        return Net(
            nid,
            title,
            network_type,
            theme_id,
            generation,
            half_year,
            start,
            planned_end,
            end,
            status,
            link,
            tested,
        )

    def _qualified(self, pid: str, start: dt.date) -> bool:
        """NS3 (seed 002, 'Netværksledelse'): diploma and an earlier network as NL or co-driver."""
        p = self.people[pid]
        return bool(p.diploma and p.diploma <= start and p.first_role and p.first_role < start)

    def _sample(self, pool: list[str], ok, tries: int = 300) -> str | None:
        """A random member of pool that satisfies ok (bounded random probing, no full scans)."""
        for _ in range(min(tries, 3 * len(pool))):
            pid = pool[self.rng.randrange(len(pool))]
            if ok(self.people[pid]):
                return pid
        return None

    def _pick_leader(self, net: Net, untested: bool) -> str:
        start = net.start
        if not untested and self.role_people:
            pid = self._sample(
                self.role_people, lambda p: p.leads_until < start and self._qualified(p.id, start)
            )
            if pid:
                return pid
        return (
            self._sample(self.employees, lambda p: p.first_role is None and p.trained is not None)
            or self._sample(self.employees, lambda p: p.first_role is None)
            or self.rng.choice(self.employees)
        )

    def _took_role(self, pid: str, start: dt.date) -> None:
        p = self.people[pid]
        if p.first_role is None:
            p.first_role = start
            self.role_people.append(pid)
            if self.rng.random() < 0.85:  # most get the diploma at the next class
                later = [d for d in DIPLOMA_CLASSES if d >= start + dt.timedelta(days=90)]
                p.diploma = p.diploma or (later[0] if later else None)

    def _staff(self, net: Net, slot: int, breach: bool) -> None:
        hy, end = net.half_year, net.end or net.planned_end
        judged = net.generation == "NS3" and net.type != "learning"
        untested = (
            (breach and hy == "2017H2" and slot == 1)
            or not judged
            and (net.generation != "NS3" or self.rng.random() < 0.5)
        )
        leader = self._pick_leader(net, untested)
        if breach and hy == "2023H2" and slot == 2:  # planted: leader_concurrency
            leader = next(n for n in reversed(self.networks) if n.half_year == hy).roles[0][0]
        self.people[leader].leads_until = end
        self._took_role(leader, net.start)
        net.roles.append((leader, "network_leader", net.start, None))
        home = self.people[leader].department_id
        one_department = breach and hy == "2019H1" and slot == 2  # planted: cross_cutting
        if not (breach and hy == "2024H1" and slot == 3):  # planted: co_driver missing
            pool = self.by_department[home] if one_department else self.employees
            co = self._sample(pool, lambda p: p.trained is not None and p.id != leader)
            co = co or self._sample(pool, lambda p: p.id != leader)
            self.people[co].trained = self.people[co].trained or net.start - dt.timedelta(days=30)
            self._took_role(co, net.start)
            net.roles.append((co, "co_driver", net.start, None))
        if breach and hy == "2022H1" and slot == 1:  # planted: reference_leader_level
            ref = self.rng.choice(self.by_department["AFD-SPO"])
        elif net.type == "innovation":
            ref = self.rng.choice(self.directors[:2])
        else:
            ref = self.rng.choice(list(self.heads.values()))
        net.roles.append((ref, "reference_leader", net.start, None))
        net.roles.append((self.heads[home], "staff_manager", net.start, None))
        if one_department:
            departments = [home]
        else:
            others = [d for d in self.by_department if d != home]
            departments = [home] + self.rng.sample(others, self.rng.randint(1, 3))
        # Participants come from the leader's department and 1 (70 %) or 2 others, so not every
        # pair of departments meets in a network every year: the RC network effect has a
        # contrast. Which ones join comes from its own generator; the main generator draws
        # exactly as it always did (the planted rule breaches and the load depend on it).
        joining = set(departments[: 2 if self.mix.random() < 0.7 else 3])
        taken = {r[0] for r in net.roles}
        for dep in departments:
            pool = self.by_department[dep]
            want = self.rng.randint(2, 3)
            picks = self.rng.sample(pool, min(len(pool), want + len(taken)))
            chosen = [p for p in picks if p not in taken][:want]
            taken.update(chosen)
            if dep not in joining:
                continue
            for pid in chosen:
                net.roles.append((pid, "participant", net.start, None))
        outside = {
            "welfare": ["citizen"],
            "learning": ["knowledge_institution", "association"],
            "innovation": ["citizen", "business", "knowledge_institution", "politician"],
        }
        for kind in outside[net.type]:
            if self.rng.random() < 0.6:
                net.roles.append(
                    (self.rng.choice(self.externals[kind]), "participant", net.start, None)
                )

    def _plant_running_breaches(self) -> None:
        running = [n for n in self.networks if n.start <= self.today and n.end is None]
        for net, role in zip(running, ("reference_leader", "network_leader"), strict=False):
            i = next(i for i, r in enumerate(net.roles) if r[1] == role)
            pid, _, start, _ = net.roles[i]
            left = max(
                start, min(self.today - dt.timedelta(days=14), start + dt.timedelta(days=30))
            )
            net.roles[i] = (pid, role, start, left)
        # Load (not a rule): the leader of the newest running network also takes part in the
        # running network started just before it, so both courses open with intensive weeks at
        # the same time and the forecast shows a person over `load_threshold_hours`.
        if len(running) >= 2:
            newest, before = sorted(running, key=lambda n: (n.start, n.id))[-1:-3:-1]
            leader = next(r[0] for r in newest.roles if r[1] == "network_leader")
            if leader not in {r[0] for r in before.roles}:
                before.roles.append((leader, "participant", newest.start, None))

    # --- pipeline themes, phases, solutions -----------------------------------------------------
    def build_pipeline(self) -> None:
        """Themes for the coming half-year in every status (NS3: chefforum qualifies and
        prioritises half-yearly, seed 002 'Tema')."""
        for i, (status, n) in enumerate((("prioritised", 5), ("qualified", 4), ("proposed", 7))):
            for j in range(n):
                network_type = ["learning", "welfare", "welfare", "welfare", "innovation"][j % 5]
                title = self._title(network_type, "next", [])
                day = self.today - dt.timedelta(days=20 + 25 * j + 10 * i)
                self._theme(title, network_type, day, status)
        for year in range(2016, self.today.year + 1):
            for _ in range(2):
                network_type = self.rng.choice(["welfare", "learning", "innovation"])
                day = dt.date(year, self.rng.randint(1, 10), self.rng.randint(1, 28))
                self._theme(self._title(network_type, "x", []), network_type, day, "rejected")

    def phase_rows(self, templates: pd.DataFrame) -> list[tuple]:
        rows = []
        for net in self.networks:
            if net.generation != "NS3":
                continue  # NS1/NS2 networks have no registered phases: the template applies
            start_week = monday(net.start)
            tpl = templates[templates.network_type == net.type].sort_values("seq")
            for t in tpl.itertuples():
                first = start_week + dt.timedelta(weeks=int(t.offset_weeks))
                last = first + dt.timedelta(days=7 * int(t.duration_weeks) - 1)
                rows.append((net.id, int(t.seq), t.name, first, last, t.intensity))
            if net.tested:
                first = start_week + dt.timedelta(weeks=WEEKS[net.type])
                rows.append(
                    (net.id, len(tpl) + 1, "Testfase", first, first + dt.timedelta(days=55), "test")
                )
        return rows

    def solution_rows(self) -> list[tuple]:
        rows, n = [], 0
        for net in self.networks:
            if net.end is None and net.status != "testing":
                continue
            if net.type == "learning" and self.rng.random() < 0.8:
                continue
            departments = sorted(
                {
                    self.people[r[0]].department_id
                    for r in net.roles
                    if self.people[r[0]].department_id
                }
            )
            handed = net.start + dt.timedelta(weeks=WEEKS[net.type])
            for _ in range(self.rng.choice([1, 1, 2]) if net.status != "stopped" else 0):
                n += 1
                age = (self.today - handed).days
                if age < 0:
                    continue
                if net.status == "testing" or age < 120:
                    status = self.rng.choice(["handed_over", "testing"])
                else:
                    status = self.rng.choices(
                        ["implemented", "on_shelf", "dropped", "testing", "handed_over"],
                        [45, 15, 12, 8, 20],
                    )[0]
                status_on = handed
                if status != "handed_over":
                    status_on = min(
                        self.today, handed + dt.timedelta(days=self.rng.randint(30, 400))
                    )
                title = f"{self.rng.choice(SOLUTION_KINDS)}: {net.name}"
                rows.append(
                    (
                        f"S{handed.year}-{n:03d}",
                        net.id,
                        title,
                        handed,
                        self.rng.choice(departments),
                        status,
                        status_on,
                        None,
                    )
                )
        return rows

    # --- relational coordination ---------------------------------------------------------------
    def rc_frames(self) -> tuple[list[tuple], list[tuple], pd.DataFrame]:
        dep_name = {d: name for d, name, _ in DEPARTMENTS}
        groups = [(name, d) for d, name in dep_name.items()] + [(g, None) for g in RC_EXTRA_GROUPS]
        g_dep = [d for _, d in groups]
        n_groups = len(groups)
        base = 3.0 + self.np.uniform(-0.3, 0.3, (n_groups, n_groups))
        base[np.diag_indices(n_groups)] += 0.7
        item_offset = np.array([-0.2, -0.1, 0.0, -0.05, 0.1, -0.15, 0.2])
        waves, group_rows, frames = [], [], []
        previous = None
        mean = base.copy()
        for year in range(2016, self.today.year + 1):
            fielded = dt.date(year, 10, 1)
            if fielded > self.today:
                break
            wave_id = f"RC{year}"
            waves.append((wave_id, f"RC-måling {year}", fielded, "Hele organisationen", None))
            group_rows += [(wave_id, name, d) for name, d in groups]
            if previous is not None:
                shared = self._shared_pairs(previous, fielded)
                for a in range(n_groups):
                    for b in range(n_groups):
                        together = (g_dep[a], g_dep[b]) in shared
                        # Shared networks lift a pair; without contact it drifts back to base.
                        mean[a, b] += (
                            (0.25 if together else -0.1)
                            + 0.15 * (base[a, b] - mean[a, b])
                            + self.np.normal(0, 0.05)
                        )
                np.clip(mean, 1.5, 4.8, out=mean)
            previous = fielded
            sizes = [4 if name == SMALL_RC_GROUP else 12 * self.scale for name, _ in groups]
            from_idx = np.repeat(np.arange(n_groups), sizes)
            n_resp = len(from_idx)
            person_effect = self.np.normal(0, 0.35, n_resp)
            latent = (
                mean[from_idx][:, :, None]
                + person_effect[:, None, None]
                + item_offset[None, None, :]
            )
            scores = np.clip(np.rint(latent + self.np.normal(0, 0.55, latent.shape)), 1, 5)
            scores[self.np.random(scores.shape) < 0.04] = np.nan
            scores[self.np.random(scores.shape[:2]) < 0.01] = np.nan  # a few rows with no answer
            frames.append(_responses(wave_id, [g for g, _ in groups], from_idx, scores))
        self._network_waves(waves, group_rows, frames)
        return waves, group_rows, pd.concat(frames, ignore_index=True)

    def _network_waves(self, waves: list, group_rows: list, frames: list) -> None:
        """Before/after waves scoped to the three latest closed welfare networks, among their
        departments (the after wave is better between them; a department with few members
        answers with 4 respondents, below the anonymity threshold). Own generator: the
        organisation-wide waves stay as they are."""
        rng = np.random.default_rng(self.seed + 2)
        dep_name = {d: name for d, name, _ in DEPARTMENTS}
        closed = [n for n in self.networks if n.type == "welfare" and n.status == "closed"]
        for net in sorted(closed, key=lambda n: (n.end, n.id))[-3:]:
            deps = sorted(
                {
                    self.people[r[0]].department_id
                    for r in net.roles
                    if r[1] in ("network_leader", "co_driver", "participant")
                    and self.people[r[0]].kind == "employee"
                }
            )
            names = [dep_name[d] for d in deps]
            sizes = [4 if i == 2 else 8 * self.scale for i in range(len(deps))]
            n_groups = len(deps)
            mean = 3.0 + rng.uniform(-0.3, 0.3, (n_groups, n_groups))
            days = (
                ("før", net.start + dt.timedelta(days=7)),
                ("efter", net.end - dt.timedelta(days=7)),
            )
            for k, (label, day) in enumerate(days):
                wave_id = f"RC-{net.id}-{k + 1}"
                waves.append(
                    (
                        wave_id,
                        f"{net.id}, {label} forløbet",
                        day,
                        f"Afdelingerne i netværket {net.id}",
                        net.id,
                    )
                )
                group_rows += [(wave_id, name, d) for name, d in zip(names, deps, strict=True)]
                level = mean + (0.5 - 0.3 * np.eye(n_groups)) * k
                from_idx = np.repeat(np.arange(n_groups), sizes)
                latent = level[from_idx][:, :, None] + rng.normal(0, 0.3, (len(from_idx), 1, 1))
                scores = np.clip(np.rint(latent + rng.normal(0, 0.5, (*latent.shape[:2], 7))), 1, 5)
                frames.append(_responses(wave_id, names, from_idx, scores))

    def _shared_pairs(self, after: dt.date, until: dt.date) -> set[tuple[str, str]]:
        """Department pairs that shared a network running between two waves."""
        pairs = set()
        for net in self.networks:
            end = net.end or self.today
            if net.start > until or end < after:
                continue
            deps = {
                self.people[r[0]].department_id
                for r in net.roles
                if r[1] in ("network_leader", "co_driver", "participant")
                and self.people[r[0]].kind == "employee"
            }
            pairs |= {(a, b) for a in deps for b in deps if a != b}
        return pairs


def _responses(
    wave_id: str, names: list[str], from_idx: np.ndarray, scores: np.ndarray
) -> pd.DataFrame:
    """rc_response rows of a wave: respondent i of group names[from_idx[i]] rates every group;
    scores has shape (respondents, groups, 7)."""
    n_resp, n_groups = len(from_idx), len(names)
    frame = pd.DataFrame(scores.reshape(-1, 7), columns=list(RC_DIMENSIONS))
    frame.insert(0, "to_group", np.tile(names, n_resp))
    frame.insert(0, "from_group", np.repeat(np.array(names)[from_idx], n_groups))
    respondent = [f"{wave_id}-{i:06d}" for i in range(n_resp)]
    frame.insert(0, "respondent", np.repeat(respondent, n_groups))
    frame.insert(0, "wave_id", wave_id)
    return frame


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows, columns: list[str]) -> None:
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows, columns=columns)
    if frame.empty:
        return
    con.register("_demo_rows", frame)
    cols = ident_list(columns)
    statement = f"INSERT INTO {ident(table)} ({cols}) SELECT {cols} FROM _demo_rows"
    con.execute(statement)
    con.unregister("_demo_rows")


# The demo's users (data.access): one address per role, to show the secretariat how the users
# table works; `.invalid` is a domain that cannot exist (RFC 2606), so no identity provider can
# ever log anyone in as them. The local mode (no login) is 'system' whatever this holds.
DEMO_USERS = [
    ("sekretariat@demo.invalid", "Sekretariatet (demo)", "sekretariat", True),
    ("chefforum@demo.invalid", "Chefforum (demo)", "chefforum", True),
    ("direktion@demo.invalid", "Direktionen (demo)", "direktion", True),
]


def build_demo(
    con: duckdb.DuckDBPyConnection,
    *,
    scale: int = 1,
    seed: int = 2016,
    today: dt.date | None = None,
) -> None:
    """Fill an empty database with the synthetic organisation (deterministic for seed and today)."""
    b = _Builder(scale, seed, today or dt.date.today())
    b.build_people()
    b.build_networks()
    b.build_pipeline()
    templates = con.execute("SELECT * FROM phase_template").df()
    waves, groups, responses = b.rc_frames()
    people = [
        (p.id, p.name, p.department_id, p.kind, p.in_chefforum, p.is_director, p.diploma, p.trained)
        for p in b.people.values()
    ]
    con.execute("BEGIN TRANSACTION")
    try:
        _insert(con, "directorate", DIRECTORATES, ["id", "name"])
        _insert(con, "department", DEPARTMENTS, ["id", "name", "directorate_id"])
        _insert(
            con,
            "person",
            people,
            [
                "id",
                "name",
                "department_id",
                "kind",
                "in_chefforum",
                "is_director",
                "leader_diploma_on",
                "co_driver_trained_on",
            ],
        )
        theme_cols = list(b.themes[0])
        _insert(con, "theme", [tuple(t.values()) for t in b.themes], theme_cols)
        _insert(
            con,
            "network",
            [
                (
                    n.id,
                    n.name,
                    n.type,
                    n.theme_id,
                    n.generation,
                    n.start,
                    n.planned_end,
                    n.end,
                    n.status,
                    n.political_link,
                )
                for n in b.networks
            ],
            [
                "id",
                "name",
                "type",
                "theme_id",
                "generation",
                "start_date",
                "planned_end",
                "end_date",
                "status",
                "political_link",
            ],
        )
        roles = {
            (n.id, pid, role, start): to for n in b.networks for pid, role, start, to in n.roles
        }
        _insert(
            con,
            "role_assignment",
            [(*k, v) for k, v in roles.items()],
            ["network_id", "person_id", "role", "from_date", "to_date"],
        )
        _insert(
            con,
            "phase",
            b.phase_rows(templates),
            ["network_id", "seq", "name", "start_date", "end_date", "intensity"],
        )
        _insert(
            con,
            "solution",
            b.solution_rows(),
            [
                "id",
                "network_id",
                "title",
                "handed_over_on",
                "receiving_department_id",
                "status",
                "status_on",
                "note",
            ],
        )
        _insert(con, "rc_wave", waves, ["id", "name", "fielded_on", "scope", "network_id"])
        _insert(con, "rc_group", groups, ["wave_id", "name", "department_id"])
        con.register("_demo_rc", responses)
        dims = ", ".join(RC_DIMENSIONS)
        con.execute(
            f"INSERT INTO rc_response SELECT wave_id, {pseudonym_sql('respondent', 'wave_id')},"
            f" from_group, to_group, {dims} FROM _demo_rc"
        )
        con.unregister("_demo_rc")
        if con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = 'app_user'").fetchall():
            # (a file of an older schema, as the upgrade tests build one, has no users table)
            _insert(con, "app_user", DEMO_USERS, ["email", "name", "role", "active"])
        set_setting(con, "demo_data", "true")
        set_setting(con, "demo_scale", str(scale))
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def open_or_create(path: str | os.PathLike | None = None) -> duckdb.DuckDBPyConnection:
    """The app's database: created with the demo organisation when the file does not exist."""
    target = resolve_path(path)
    fresh = target != ":memory:" and not os.path.exists(target)
    con = connect(target)
    if fresh or target == ":memory:":
        build_demo(con)
        con.execute("CHECKPOINT")
    return con


def is_demo_file(path: str) -> bool:
    """True when the file at `path` holds the demo organisation (its `demo_data` mark) and
    nothing was imported or changed since (an empty log), opened read-only; False for the
    municipality's own data, a demo someone has worked in, or a file that is not a database."""
    import duckdb

    try:
        con = duckdb.connect(path, read_only=True)
    except duckdb.Error:
        return False
    try:
        rows = con.execute(
            "SELECT value, (SELECT count(*) FROM audit_log) FROM setting WHERE key = 'demo_data'"
        ).fetchall()
    except duckdb.Error:
        rows = []
    finally:
        con.close()
    return rows == [("true", 0)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Byg demo-databasen for NS-dashboard.")
    parser.add_argument("--path", default=None, help="databasefil (standard: NS_DB_PATH)")
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--if-missing", action="store_true", help="kun hvis filen ikke findes")
    parser.add_argument(
        "--force", action="store_true", help="overskriv også en fil, der ikke er demodata"
    )
    args = parser.parse_args(argv)
    target = resolve_path(args.path)
    if os.path.exists(target):
        if args.if_missing:
            print(f"Databasen findes allerede: {target}")
            return 0
        if not args.force and not is_demo_file(target):
            print(
                f"{target} er ikke en demodatabase (eller kan ikke åbnes), så den overskrives "
                "ikke. Vælg en anden fil med --path, eller brug --force, hvis filen skal slettes."
            )
            return 2
        os.remove(target)
        if os.path.exists(target + ".wal"):
            os.remove(target + ".wal")
    con = connect(target)
    build_demo(con, scale=args.scale)
    con.close()
    print(f"Demo-database bygget: {target} (skala {args.scale})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
