"""Instructor grading: ``checker grade`` over one course copy or a class of them.

One job per module: :mod:`.command` (the command's logic), :mod:`.extras` and
:mod:`.course` (the course graded against: pristine, with hidden versions), :mod:`.grading`
(one submission), :mod:`.explain` (the learner-facing reason), one module per output
(:mod:`.junit`, :mod:`.jsonreport`, :mod:`.gradescope`, :mod:`.summary`), :mod:`.classrun`
and :mod:`.gradebook` (a class at once, and its CSV), :mod:`.classroom` (the GitHub
Classroom workflow, generated from the catalogue).
"""
