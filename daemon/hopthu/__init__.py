"""hopthu: the unattended daemon behind a ward's digital feedback mailbox (Hòm thư số).

Data flows one way: sources → intake → classify → register → outbox → reports.
"""

__version__ = "0.1.0"
