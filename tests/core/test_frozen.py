"""core.frozen: records built through their __dict__ behave as dataclass(frozen=True) ones."""

import dataclasses

import pytest

from educonnect_desktop.core.frozen import frozen_dataclass


@frozen_dataclass
class Point:
    x: int
    y: int
    label: str | None = None


@frozen_dataclass
class Tagged(Point):
    tag: str = "t"


def test_built_positionally_or_by_keyword_with_defaults():
    assert Point(1, 2) == Point(x=1, y=2) == Point(1, y=2, label=None)
    assert Tagged(1, 2, tag="u") == Tagged(x=1, y=2, label=None, tag="u")
    assert repr(Tagged(1, 2)) == "Tagged(x=1, y=2, label=None, tag='t')"
    with pytest.raises(TypeError):
        Point(1)  # a missing field is an error, as with dataclass


def test_frozen_hashable_and_replaceable():
    point = Point(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        del point.y
    assert hash(point) == hash(Point(1, 2)) and {point, Point(1, 2)} == {point}
    assert dataclasses.replace(point, label="a") == Point(1, 2, "a")
    assert [f.name for f in dataclasses.fields(Tagged)] == ["x", "y", "label", "tag"]


def test_classes_it_would_build_differently_are_refused():
    with pytest.raises(TypeError, match="default factories"):
        @frozen_dataclass
        class WithFactory:
            items: list = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError, match="__post_init__"):
        @frozen_dataclass
        class WithPostInit:
            x: int

            def __post_init__(self) -> None:
                pass
