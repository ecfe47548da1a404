"""The grading engine: runs of pytest in processes of their own, what they record, and
the verdict on an exercise built from them."""
