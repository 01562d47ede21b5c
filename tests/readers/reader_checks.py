"""The check log shared by the reader scripts: one line per check, and a count of failures."""


class Checks:
    def __init__(self):
        self.failures = 0

    def ok(self, stage, message):
        print(f"  [{stage}] ok: {message}")

    def fail(self, stage, message):
        self.failures += 1
        print(f"  [{stage}] FAIL: {message}")
