"""The course checker: runs each exercise under pytest and tells the learner the truth."""
