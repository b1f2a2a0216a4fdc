"""Reading one sentence: scan it, find what each number is (a value, a growth rate, a rank, a change),
which period it is of, and keep those that are the area's own statistics."""
