import pytest

from qcoder.core.attributes import canonical_value, infer_type, normalize_attribute_name
from qcoder.core.codepath import code_paths, descendants, join_path, split_path
from qcoder.core.errors import InvalidValue
from qcoder.core.model import AttributeDef, AttributeScope, AttributeType, Code


def test_paths():
    codes = [Code("a", "Challenges"), Code("b", "Turnover", "a"), Code("c", "Burnout", "b"), Code("d", "Other")]
    assert code_paths(codes) == {
        "a": "Challenges",
        "b": "Challenges > Turnover",
        "c": "Challenges > Turnover > Burnout",
        "d": "Other",
    }
    assert descendants(codes, "a") == ["a", "b", "c"]
    assert split_path(" Challenges >Turnover > ") == ["Challenges", "Turnover"]
    assert join_path(["A", "B"]) == "A > B"


def test_attribute_values():
    cat = AttributeDef(
        "1", "stakeholder_group", AttributeType.CATEGORY, AttributeScope.DOCUMENT, ("prosecutor", "law enforcement")
    )
    assert canonical_value(cat, " Prosecutor ") == "prosecutor"
    with pytest.raises(InvalidValue, match="not one of"):
        canonical_value(cat, "judge")
    num = AttributeDef("2", "years", AttributeType.NUMBER, AttributeScope.PARTICIPANT)
    assert canonical_value(num, "14.0") == "14"
    assert canonical_value(num, "2.5") == "2.5"
    with pytest.raises(InvalidValue):
        canonical_value(num, "many")
    day = AttributeDef("3", "date", AttributeType.DATE, AttributeScope.DOCUMENT)
    assert canonical_value(day, "3/4/2021") == "2021-03-04"
    assert canonical_value(day, "2021-03-04") == "2021-03-04"


def test_infer_type_and_names():
    assert infer_type("site", ["Harbor City"]) is AttributeType.CATEGORY
    assert infer_type("years", ["3", "14"]) is AttributeType.NUMBER
    assert infer_type("interview_date", ["2021-03-04", "2021-05-01"]) is AttributeType.DATE
    assert normalize_attribute_name("Stakeholder Group") == "stakeholder_group"
