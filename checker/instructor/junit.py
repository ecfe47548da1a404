"""JUnit XML: one testcase per exercise, valid against the common junit-10 schema.

The schema's rules this relies on: ``testsuites`` holds ``testsuite`` elements only; a
``testsuite`` has ``name``, ``tests``, ``failures`` and ``errors`` and a ``time`` of
digits with at most three decimals; a ``testcase`` has a ``name`` and holds only
``failure``, ``skipped``, ``system-out`` or ``system-err`` (junit-10 has no ``error``
element, so a checker error is a failure of type ``checker-error``); ``properties``
holds ``property`` elements with ``name`` and ``value``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from checker.instructor.grading import DONE, ERROR, MISSING, SubmissionGrade

FAILURE_TYPES = {"not done": "not-done", MISSING: "missing", ERROR: "checker-error"}


def _seconds(value: float) -> str:
    return f"{max(value, 0.0):.3f}"


def _points(value: float) -> str:
    return f"{value:g}"


def _clean(text: str) -> str:
    """Text XML 1.0 can hold: control characters other than tab and newlines dropped."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)


def document(grade: SubmissionGrade) -> bytes:
    failures = sum(e.status != DONE for e in grade.exercises)
    suites = ET.Element(
        "testsuites",
        name="checker grade",
        tests=str(len(grade.exercises)),
        failures=str(failures),
        errors="0",
        time=_seconds(grade.seconds),
    )
    suite = ET.SubElement(
        suites,
        "testsuite",
        name=_clean(grade.name),
        tests=str(len(grade.exercises)),
        failures=str(failures),
        errors="0",
        skipped="0",
        time=_seconds(grade.seconds),
        timestamp=grade.started,
        hostname=_clean(grade.host),
    )
    properties = ET.SubElement(suite, "properties")
    shown = {
        "score": _points(grade.score),
        "max_score": _points(grade.max_score),
        "graded_against": grade.course,
        **{f"isolation.{step}": said for step, said in grade.isolation.items()},
    }
    for key, value in shown.items():
        ET.SubElement(properties, "property", name=key, value=_clean(value))
    for exercise in grade.exercises:
        case = ET.SubElement(
            suite,
            "testcase",
            name=f"Exercise {exercise.number}: {_clean(exercise.title)}",
            classname=f"exercises.{exercise.folder}",
            time=_seconds(exercise.seconds),
        )
        if exercise.status != DONE:
            reason = _clean(exercise.reason)
            failure = ET.SubElement(
                case,
                "failure",
                message=reason.split("\n", 1)[0][:300],
                type=FAILURE_TYPES.get(exercise.status, "not-done"),
            )
            failure.text = reason
        out = ET.SubElement(case, "system-out")
        out.text = f"{_points(exercise.points)} of {_points(exercise.max_points)} points\n" + (
            _clean(exercise.reason) if exercise.status == DONE else ""
        )
    ET.indent(suites)
    body: bytes = ET.tostring(suites, encoding="utf-8", xml_declaration=True)
    return body + b"\n"
