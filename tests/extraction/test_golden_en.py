"""Golden table, English: one sentence or tiny passage -> the claim the engine must produce."""

import pytest

from .golden import check_case

# (passage, claim text fragment or None for "the one claim", speaker, kind, cue, rule)
CASES = [
    (
        "Talks broke down on Friday. That is what Smith told reporters.",
        "Talks broke down on Friday",
        "Smith",
        "indirect",
        "told",
        "reported.backward",
    ),
    (
        "Mayor Jane Doe opened the meeting. She said the city would hire 40 officers.",
        "the city would hire 40 officers",
        "Jane Doe",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        '"We are ready," he said. Smith said nothing.',
        "We are ready",
        None,
        "direct",
        "said",
        "quote.cue_after",
    ),
    (
        'Secretary of State Mike Pompeo arrived. "It was complex," Pompeo said.',
        "It was complex",
        "Mike Pompeo",
        "direct",
        "said",
        "quote.cue_after",
    ),
    # 7. quote marks of every kind, apostrophes, unbalanced quotes, headings
    ("\"Don't worry,\" said O'Brien.", "Don't worry", "O'Brien", "direct", "said", "quote.cue_after"),
    # 8. English
    (
        '"We will not back down," he said.',
        "We will not back down",
        None,
        "direct",
        "said",
        "quote.cue_after",
    ),
    ('"It is over," said John Smith.', "It is over", "John Smith", "direct", "said", "quote.cue_after"),
    (
        "Smith said that the plant would close in May.",
        "the plant would close in May",
        "Smith",
        "indirect",
        "said",
        "reported.that",
    ),
    (
        "Smith told reporters on Tuesday that 300 jobs would go.",
        "300 jobs would go",
        "Smith",
        "indirect",
        "told",
        "reported.that",
    ),
    (
        "According to the ministry, 40 people were injured.",
        "40 people were injured",
        "ministry",
        "indirect",
        "according to",
        "reported.according",
    ),
    (
        "Prices rose by 5 percent, according to the statistics office.",
        "Prices rose by 5 percent",
        "statistics office",
        "indirect",
        "according to",
        "reported.according",
    ),
    ('Smith: "We are going to win."', "We are going to win.", "Smith", "direct", None, "quote.colon"),
    (
        "A spokesperson for the Ministry of Health said the vaccine was safe.",
        "the vaccine was safe",
        "Ministry of Health",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "The company will cut 300 jobs, the CEO said.",
        "The company will cut 300 jobs",
        "CEO",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    (
        "Unemployment fell to 3.5 percent in March.",
        None,
        None,
        "unattributed",
        None,
        "author.statement",
    ),
    (
        "Ursula Pachl, deputy director of BEUC, said the fine was far too low.",
        "the fine was far too low",
        "Ursula Pachl",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        '"We will appeal," the chief executive, Sundar Pichai, told reporters.',
        "We will appeal",
        "Sundar Pichai",
        "direct",
        "told",
        "quote.cue_after",
    ),
    (
        "According to analysts at Morgan Stanley, the fine equals two weeks of profit.",
        "the fine equals two weeks of profit",
        "Morgan Stanley",
        "indirect",
        "according to",
        "reported.according",
    ),
    (
        'Mrs Jane Carter met Mr Tom Hill in Leeds. "We agreed on nothing," she said.',
        "We agreed on nothing",
        "Jane Carter",
        "direct",
        "said",
        "quote.cue_after",
    ),
    (
        "President Ferdinand Marcos ordered an evacuation, his spokeswoman Claire Castro said. "
        '"Nobody stays behind," she told reporters.',
        "Nobody stays behind",
        "Claire Castro",
        "direct",
        "told",
        "quote.cue_after",
    ),
    (
        "The storm killed 14 people in the north, disaster officials said on Tuesday.",
        "The storm killed 14 people in the north",
        "disaster officials",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    (
        "Councillor Daithí Doolan voted against, saying the plan was too small.",
        "the plan was too small",
        "Daithí Doolan",
        "indirect",
        "saying",
        "reported.said",
    ),
    (
        "Bank holds rates: 'We are not there yet'\n\nGovernor Andrew Bailey said inflation was too high.",
        "We are not there yet",
        "Andrew Bailey",
        "direct",
        None,
        "quote.heading",
    ),
    (
        "Mortgage rates will stay above 4% this year. "
        "That is what economists at Capital Economics told clients on Friday.",
        "Mortgage rates will stay above 4% this year",
        "Capital Economics",
        "indirect",
        "told",
        "reported.backward",
    ),
    (
        "The White House said the president would sign the bill on Friday.",
        "the president would sign the bill on Friday",
        "White House",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "\"I'll believe it when I see the keys,\" said Kate O'Brien.",
        "I'll believe it when I see the keys",
        "Kate O'Brien",
        "direct",
        "said",
        "quote.cue_after",
    ),
    (
        "Kim Jong-un said he was ready to give up nuclear weapons.",
        "he was ready to give up nuclear weapons",
        "Kim Jong-un",
        "indirect",
        "said",
        "reported.said",
    ),
    (
        "A spokesperson for the Treasury said the chancellor respected the Bank. "
        '"Bringing inflation down remains our priority."',
        "Bringing inflation down remains our priority.",
        "Treasury",
        "direct",
        None,
        "quote.continuation",
    ),
    # trailing "the carrier said …, <participle>": the organisation named in the clause
    (
        "NorthSea Air will cancel about 1,200 flights, the carrier said on Monday, blaming fuel prices.",
        "NorthSea Air will cancel about 1,200 flights",
        "NorthSea Air",
        "indirect",
        "said",
        "reported.cue_after",
    ),
    # parenthetical after a name; compound role "chief financial officer"
    (
        '"We are pacing it," chief financial officer Daniel Okafor (Finance) told analysts on a call.',
        "We are pacing it",
        "Daniel Okafor",
        "direct",
        "told",
        "quote.cue_after",
    ),
    (
        "Senator Jane Miller (D) said the bill would cost $2 billion.",
        "the bill would cost $2 billion",
        "Jane Miller",
        "indirect",
        "said",
        "reported.said",
    ),
]


@pytest.mark.parametrize(("passage", "fragment", "speaker", "kind", "cue", "rule"), CASES)
def test_golden_en(passage, fragment, speaker, kind, cue, rule):
    check_case("en", passage, fragment, speaker, kind, cue, rule)
