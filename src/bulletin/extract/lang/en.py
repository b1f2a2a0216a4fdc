"""English cue table: the growth verbs and scope words of English releases and news, one row each.

Rows are data for :mod:`bulletin.extract.lang.rules`; patterns are matched case-insensitively and
earlier rows win where patterns overlap, so longer phrases come before the words they contain.
"""

from __future__ import annotations

from bulletin.extract.lang.rules import Cue

__all__ = ["CUES", "FILLER"]

_RISE = (
    "up|rose|rising|grew|grown|risen|growing|grow|grows|rise|rises|increased|increasing|increase|expanded|expanding|expand",
    "enlarged|enlarging",  # ('…, which enlarged 116 thousand hectares with growth rate of 0.4%')
    "expands|climbed|climb|gained|soared|surged|picked up|accelerated|advanced|swelled|swelling|shot up",
    "jumped|surged|edged up|went up|surging|soaring|jumping|climbing|gaining|advancing|accelerating|"
    "(?:still )?hiked|(?:has|have) (?:grown|risen|increased)",  # ('pork prices still hiked 22.2 percent')
    "edging up|inching up|inched up|picking up|a rise of|an? (?:yearly |annual |year-on-year )?uptick of",
    "(?:surging|soaring|climbing|jumping|rising|going) up",  # ('…, surging up 15.4 percent year-on-year')
    "an? (?:nominal |real |comparable )?(?:year-on-year )?increase of",
    "a growth of|an? (?:year-on-year )?(?:surge|jump|gain|expansion) of",
    "growth of|increase of|rise of|surge of|accelerated to|expanding by|growing by|(?:the )?growth was",
    "growth at",
    "(?:expanded|grew|rose|increased) at an? (?:annual |annualized |year-on-year |yearly )?(?:rate|pace) of",
    "registering (?:a )?growth of|registering an increase of|recording (?:a )?growth of",
    "posting (?:a )?growth of|higher by|seeing (?:a )?(?:growth|increase|rise) of",
    "(?:registered|recorded|posted|saw|witnessed|experienced|reported|logged|achieved) "
    "(?:an? )?(?:year-on-year )?(?:increases?|growth|rises?) of",
    "soar|jump|rise|grow|climb|surge|expand|increase",
    "(?:the )?increase was|(?:the )?growth rate was|growth rate",  # ('Annual GDP growth rate: 11.5%')
    "(?:with )?(?:an? )?growth rate of",  # ('…, increased 79 thousand hectares with growth rate of 0.3%')
    "(?:the )?(?:actual|real) (?:growth|increase|rise) was",  # '(the actual growth was 5.1 percent, after …'
    "(?:year-on-year )?(?:increases|rises) of",  # '…, respectively, marking increases of a and b'
)
_FALL = (
    "down|fell|falling|fall|falls|declined|declining|decline|decreased|decreasing|decrease|dropped|dropping",
    "drop|slipped|slumped|plunged|tumbled|sank|dipped|eased|shrinks|contract|edging down|inching down",
    "reduced|reducing",  # ('that of spring wheat reduced 36 thousand hectares, decreased 3.5%')
    "inched down|slipping|sliding|slid|dipping|plunging|plummeting|plummeted|tumbling|sinking|slumping",
    "contracted|contracting|shrank|shrinking|edged down|went down|(?:has|have) (?:fallen|dropped|declined)",
    "a (?:nominal |real )?(?:decrease|decline) of",
    "a drop of|a fall of|decrease of|decline of|drop of|fall of|lower by|a downtick of",
    "(?:the )?(?:actual|real) (?:decline|decrease|drop|fall) was",
    "(?:registered|recorded|posted|saw|witnessed|experienced|reported|logged) "
    "(?:an? )?(?:year-on-year )?(?:decrease|decline|drop|fall) of",
    "(?:year-on-year )?(?:decreases|declines|drops) of",
)

CUES: tuple[Cue, ...] = (
    # Growth verbs, one row per group of forms of a verb (the order of the forms is kept:
    # 'rose' must be tried before 'rise').
    *(Cue("rise", p, +1) for p in _RISE),
    *(Cue("fall", p, -1) for p in _FALL),
    # Scope words; see the Chinese table for the guard.
    Cue(
        "scope",
        # (the National Bureau of Statistics is who surveyed, not where: 'A survey by … of the National
        # Bureau of Statistics shows that the disposable income … of the whole province')
        r"\bnationwide\b|\bnational\b(?!\s+bureau\b)|\bthe country's\b|\bthe nation's\b"
        # ('north China's Tianjin' places a province; it does not scope a figure to the country)
        r"|(?<!north )(?<!south )(?<!east )(?<!west )(?<!central )(?<!northeast )(?<!northwest )"
        r"(?<!southeast )(?<!southwest )\bChina['’]s\b",
        guards=("benchmark-above-own",),
        level="national",
    ),
    Cue(
        "scope",
        r"\bprovincial\b(?!\s+bureau\b)|\bprovince-wide\b",
        guards=("benchmark-above-own",),
        level="province",
    ),
    Cue("scope", r"\bmunicipal\b|\bcitywide\b|\bcity-wide\b", guards=("benchmark-above-own",), level="city"),
)

# Words before a figure that name nothing of their own: pronouns, linkers, time and basis words,
# and words that point back at the figure. Any other word is a noun of its own, so the figure is
# not the subject carried from an earlier sentence ('China's population rose to …').
FILLER: frozenset[str] = frozenset(
    (
        "the",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
        "which",
        "and",
        "while",
        "with",
        "also",
        "but",
        "whereas",
        "than",
        "from",
        "over",
        "year",
        "years",
        "yearly",
        "annually",
        # adjectives of a rate ('representing an impressive 15.8 percent growth')
        "impressive",
        "remarkable",
        "robust",
        "solid",
        "steady",
        "modest",
        "healthy",
        "yuan",
        "percent",
        "per",
        "cent",
        "same",
        "period",
        "previous",
        "last",
        "first",
        "half",
        "quarter",
        "month",
        "months",
        "end",
        "total",
        "figure",
        "figures",
        "respectively",
        "compared",
        "according",
        "release",
        "said",
        "says",
        "reported",
        "data",
        "showed",
        "shows",
        "meanwhile",
        "addition",
        "further",
        "still",
        "both",
        "all",
        "each",
        "well",
        "was",
        "were",
        "has",
        "have",
        "had",
        "been",
        "being",
        "another",
        "other",
        "one",
        "ones",
        "by",
        "for",
        "of",
        "in",
        "on",
        "at",
        "to",
        "as",
        "constant",
        "current",
        "comparable",
        "prices",
        "real",
        "nominal",
        "terms",
        "basis",
        "growth",
        "increase",
        "rise",
        "decline",
        "decrease",
        "rate",
        "bringing",
        # participles pointing back at the figure just stated: '…, representing an increase of 7.4 percent'
        "representing",
        "making",  # ('…, making a year-on-year growth of 16.97%')
        "indicating",
        "marking",
        "reflecting",
        "registering",
        "recording",
        "showing",
        "witnessing",
        "seeing",
        "posting",
        "taking",
        "putting",
        "alone",
        "only",
        "cumulative",
        "cumulatively",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    )
)
