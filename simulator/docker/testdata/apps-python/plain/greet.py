import os
import sys

GREETING = os.environ.get("GREETING", "Hello")
print(f"{GREETING}, {os.getenv('USER_NAME', 'world')}!")
print("warning: no config file", file=sys.stderr)
