"""Checkworthiness: the additive score documented in ``claims.extraction.worthiness``."""

import pytest

from claims.extraction import lexicon
from claims.extraction.worthiness import checkworthiness

NL = lexicon.get("nl")
EN = lexicon.get("en")


def test_numbers_and_dates_score_above_plain_statements():
    plain = checkworthiness("Het bestuur kwam bijeen om te praten over de plannen", NL)
    numbers = checkworthiness("Het bestuur trok in 2023 ruim 14 miljoen euro uit voor de plannen", NL)
    assert numbers > plain
    # base, a number, a unit ("miljoen"), a year, a quantity word ("miljoen" again)
    assert numbers == pytest.approx(0.35 + 0.2 + 0.05 + 0.1 + 0.1, abs=0.001)


def test_comparisons_and_named_entities_add():
    base = checkworthiness("prices went up again in the city last month", EN)
    assert checkworthiness("prices in London rose more than in the city last month", EN) > base


def test_questions_opinions_and_promises_score_lower():
    fact = checkworthiness("The plant closed in 2019 after 40 years", EN)
    assert checkworthiness("Did the plant close in 2019 after 40 years?", EN) < fact
    assert checkworthiness("I think the plant closed in 2019 after 40 years", EN) < fact
    assert checkworthiness("We will close the plant in 2029 after 40 years", EN) < fact


def test_attributed_claims_get_a_small_bonus_and_short_ones_a_malus():
    text = "De werkloosheid daalde in maart naar 3,5 procent"
    assert checkworthiness(text, NL, attributed=True) == pytest.approx(checkworthiness(text, NL) + 0.05)
    assert checkworthiness("Nee", NL) < checkworthiness("Nee, dat klopt niet helemaal zo", NL) + 0.1


@pytest.mark.parametrize("text", ["", "?", "x" * 10_000, "1" * 5000, "Meer dan ooit " * 500])
def test_score_is_clamped(text):
    assert 0.0 <= checkworthiness(text, NL) <= 1.0
