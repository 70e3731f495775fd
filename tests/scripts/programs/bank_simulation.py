"""A small bank simulation.

Accounts of several kinds (inheritance, properties, class and static methods), custom
exceptions with chaining, a transaction ledger built from dataclasses, generators for
statements and interest schedules, a deterministic pseudo-random day-by-day simulation,
reports with formatting, and a JSON round trip of the whole bank state.
"""

import json
from abc import ABC, abstractmethod
from collections import Counter, defaultdict, namedtuple
from contextlib import contextmanager
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from functools import total_ordering, reduce
from itertools import groupby, islice, count
from typing import Dict, Iterator, List, Optional


# --- Errors -------------------------------------------------------------------------------------

class BankError(Exception):
    """Base class of everything the bank refuses to do."""


class InsufficientFunds(BankError):
    def __init__(self, account_id, balance, amount):
        super().__init__(f'account {account_id}: balance {balance:.2f} < {amount:.2f}')
        self.account_id = account_id
        self.shortfall = round(amount - balance, 2)


class AccountFrozen(BankError):
    pass


class UnknownAccount(BankError, KeyError):
    def __str__(self):
        return f'no such account: {self.args[0]!r}'


class LimitExceeded(BankError):
    pass


# --- Money and transactions ---------------------------------------------------------------------

class Kind(Enum):
    DEPOSIT = auto()
    WITHDRAWAL = auto()
    TRANSFER_IN = auto()
    TRANSFER_OUT = auto()
    INTEREST = auto()
    FEE = auto()


@dataclass(frozen=True, order=True)
class Transaction:
    day: int
    seq: int
    account_id: str
    kind: Kind = field(compare=False)
    amount: float = field(compare=False)
    memo: str = field(default='', compare=False)

    def signed(self):
        if self.kind in (Kind.WITHDRAWAL, Kind.TRANSFER_OUT, Kind.FEE):
            return -self.amount
        return self.amount

    def to_json(self):
        data = asdict(self)
        data['kind'] = self.kind.name
        return data

    @classmethod
    def from_json(cls, data):
        return cls(data['day'], data['seq'], data['account_id'], Kind[data['kind']],
                   data['amount'], data['memo'])


Customer = namedtuple('Customer', 'name city vip', defaults=[False])


# --- Accounts -----------------------------------------------------------------------------------

@total_ordering
class Account(ABC):
    _ids = count(1000)
    kind_name = 'account'

    def __init__(self, owner, opening=0.0):
        self.id = f'{self.prefix()}-{next(Account._ids)}'
        self.owner = owner
        self._balance = 0.0
        self.frozen = False
        self.history: List[Transaction] = []
        if opening:
            self._balance = round(opening, 2)

    @staticmethod
    @abstractmethod
    def prefix():
        ...

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < self.minimum_balance():
            raise InsufficientFunds(self.id, self._balance, self._balance - value)
        self._balance = round(value, 2)

    def minimum_balance(self):
        return 0.0

    def check_open(self):
        if self.frozen:
            raise AccountFrozen(f'account {self.id} is frozen')

    def deposit(self, amount):
        self.check_open()
        if amount <= 0:
            raise ValueError(f'deposit must be positive, got {amount}')
        self.balance += amount

    def withdraw(self, amount):
        self.check_open()
        if amount <= 0:
            raise ValueError(f'withdrawal must be positive, got {amount}')
        if self.balance - amount < self.minimum_balance():
            raise InsufficientFunds(self.id, self.balance, amount)
        self.balance -= amount

    def monthly_rate(self):
        return 0.0

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.id == other.id

    def __lt__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return (self.balance, self.id) < (other.balance, other.id)

    def __hash__(self):
        return hash(self.id)

    def __repr__(self):
        return f'{type(self).__name__}({self.id!r}, owner={self.owner.name!r}, balance={self.balance:.2f})'


class Checking(Account):
    kind_name = 'checking'
    overdraft = 100.0

    @staticmethod
    def prefix():
        return 'CHK'

    def minimum_balance(self):
        return -self.overdraft


class Savings(Account):
    kind_name = 'savings'
    withdrawals_per_month = 3

    def __init__(self, owner, opening=0.0, rate=0.02):
        super().__init__(owner, opening)
        self.rate = rate
        self.withdrawals_this_month = 0

    @staticmethod
    def prefix():
        return 'SAV'

    def withdraw(self, amount):
        if self.withdrawals_this_month >= self.withdrawals_per_month:
            raise LimitExceeded(f'{self.id}: only {self.withdrawals_per_month} withdrawals a month')
        super().withdraw(amount)
        self.withdrawals_this_month += 1

    def monthly_rate(self):
        return self.rate / 12


class Premium(Savings):
    kind_name = 'premium savings'
    withdrawals_per_month = 10

    @staticmethod
    def prefix():
        return 'PRM'

    def monthly_rate(self):
        bonus = 0.005 if self.balance >= 5000 else 0.0
        return (self.rate + bonus) / 12


# --- The bank -----------------------------------------------------------------------------------

class Random:
    """A tiny linear congruential generator, so the run is the same everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state

    def randint(self, low, high):
        return low + self.next() % (high - low + 1)

    def choice(self, items):
        return items[self.next() % len(items)]


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts: Dict[str, Account] = {}
        self.ledger: List[Transaction] = []
        self.day = 0
        self._seq = count(1)
        self.failures = Counter()

    def open(self, cls, owner, *args, **kwargs):
        account = cls(owner, *args, **kwargs)
        self.accounts[account.id] = account
        if account.balance:
            self._record(account, Kind.DEPOSIT, account.balance, 'opening deposit')
        return account

    def get(self, account_id):
        try:
            return self.accounts[account_id]
        except KeyError:
            raise UnknownAccount(account_id) from None

    def _record(self, account, kind, amount, memo=''):
        tx = Transaction(self.day, next(self._seq), account.id, kind, round(amount, 2), memo)
        self.ledger.append(tx)
        account.history.append(tx)
        return tx

    def deposit(self, account_id, amount, memo=''):
        account = self.get(account_id)
        account.deposit(amount)
        return self._record(account, Kind.DEPOSIT, amount, memo)

    def withdraw(self, account_id, amount, memo=''):
        account = self.get(account_id)
        account.withdraw(amount)
        return self._record(account, Kind.WITHDRAWAL, amount, memo)

    @contextmanager
    def atomic(self, *account_ids):
        snapshot = {aid: (self.get(aid)._balance, len(self.get(aid).history))
                    for aid in account_ids}
        ledger_size = len(self.ledger)
        try:
            yield
        except BankError:
            for aid, (balance, size) in snapshot.items():
                account = self.get(aid)
                account._balance = balance
                del account.history[size:]
            del self.ledger[ledger_size:]
            raise

    def transfer(self, source_id, target_id, amount):
        if source_id == target_id:
            raise ValueError('cannot transfer to the same account')
        with self.atomic(source_id, target_id):
            source, target = self.get(source_id), self.get(target_id)
            source.withdraw(amount)
            self._record(source, Kind.TRANSFER_OUT, amount, f'to {target_id}')
            target.deposit(amount)
            self._record(target, Kind.TRANSFER_IN, amount, f'from {source_id}')

    def month_end(self):
        for account in self.accounts.values():
            rate = account.monthly_rate()
            if rate and account.balance > 0:
                interest = round(account.balance * rate, 2)
                account.balance += interest
                self._record(account, Kind.INTEREST, interest, f'{rate * 12:.2%} p.a.')
            if isinstance(account, Checking) and account.balance < 0:
                fee = 5.0
                account._balance = round(account._balance - fee, 2)
                self._record(account, Kind.FEE, fee, 'overdraft fee')
            if isinstance(account, Savings):
                account.withdrawals_this_month = 0

    def statement(self, account_id, last=None) -> Iterator[str]:
        account = self.get(account_id)
        running = 0.0
        lines = []
        for tx in account.history:
            running = round(running + tx.signed(), 2)
            lines.append(f'  day {tx.day:>3} #{tx.seq:<4} {tx.kind.name:<12} '
                         f'{tx.signed():>10.2f} {running:>10.2f}  {tx.memo}')
        start = 0 if last is None else max(0, len(lines) - last)
        yield f'Statement for {account.id} ({account.owner.name}, {account.kind_name})'
        yield from lines[start:]
        yield f'  closing balance {account.balance:.2f}'

    def total_deposits(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)


def interest_schedule(principal, annual_rate, months):
    """Generator: the balance month by month with interest compounded monthly."""
    balance = principal
    for month in range(1, months + 1):
        balance = round(balance * (1 + annual_rate / 12), 2)
        yield month, balance


# --- Simulation ---------------------------------------------------------------------------------

def build_bank():
    bank = Bank('Minipy Savings & Loan')
    people = [Customer('Ada', 'London', True), Customer('Linus', 'Helsinki'),
              Customer('Grace', 'Arlington', True), Customer('Guido', 'Amsterdam')]
    for person in people:
        bank.open(Checking, person, 250.0)
        if person.vip:
            bank.open(Premium, person, 4800.0, rate=0.03)
        else:
            bank.open(Savings, person, 1200.0)
    return bank


def simulate(bank, days, rng):
    ids = sorted(bank.accounts)
    for day in range(1, days + 1):
        bank.day = day
        for _ in range(rng.randint(1, 4)):
            action = rng.choice(['deposit', 'withdraw', 'transfer', 'transfer', 'bogus'])
            amount = rng.randint(5, 900) + rng.randint(0, 99) / 100
            aid = rng.choice(ids)
            try:
                if action == 'deposit':
                    bank.deposit(aid, amount, 'salary' if amount > 500 else 'cash')
                elif action == 'withdraw':
                    bank.withdraw(aid, amount, 'atm')
                elif action == 'transfer':
                    bank.transfer(aid, rng.choice(ids), amount)
                else:
                    bank.withdraw('XXX-0000', amount)
            except InsufficientFunds as exc:
                bank.failures['insufficient'] += 1
                if exc.shortfall > 800:
                    print(f'  day {day}: big shortfall {exc.shortfall:.2f} on {exc.account_id}')
            except LimitExceeded as exc:
                bank.failures['limit'] += 1
            except UnknownAccount as exc:
                bank.failures['unknown'] += 1
                assert isinstance(exc, KeyError)
            except ValueError as exc:
                bank.failures['invalid'] += 1
        if day % 30 == 0:
            bank.month_end()
            print(f'month {day // 30} closed: total {bank.total_deposits():.2f}')


def report(bank):
    print(f'== {bank.name}: {len(bank.accounts)} accounts, {len(bank.ledger)} transactions ==')
    for account in sorted(bank.accounts.values(), reverse=True):
        print(f'{account.id:<10} {account.owner.name:<6} {account.kind_name:<16} {account.balance:>10.2f}')
    by_kind = Counter(tx.kind.name for tx in bank.ledger)
    print('by kind:', dict(sorted(by_kind.items())))
    print('failures:', sorted(bank.failures.items()))
    per_owner = defaultdict(float)
    for account in bank.accounts.values():
        per_owner[account.owner.name] += account.balance
    for name, total in sorted(per_owner.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f'  {name:<6} {total:>10.2f}')
    volume = reduce(lambda acc, tx: acc + abs(tx.signed()), bank.ledger, 0.0)
    print(f'volume {volume:.2f}, largest', max(bank.ledger, key=lambda tx: (tx.amount, tx.seq)))
    for day, group in islice(groupby(bank.ledger, key=lambda tx: tx.day // 30), 4):
        txs = list(group)
        print(f'  month {day}: {len(txs)} transactions, net {sum(t.signed() for t in txs):.2f}')


def to_json(bank):
    return json.dumps({
        'name': bank.name,
        'day': bank.day,
        'accounts': [
            {'id': a.id, 'type': type(a).__name__, 'owner': a.owner._asdict(),
             'balance': a.balance, 'frozen': a.frozen,
             'rate': getattr(a, 'rate', None)}
            for a in bank.accounts.values()
        ],
        'ledger': [tx.to_json() for tx in bank.ledger],
        'failures': dict(bank.failures),
    }, indent=1, sort_keys=True)


def from_json(text):
    data = json.loads(text)
    bank = Bank(data['name'])
    bank.day = data['day']
    classes = {cls.__name__: cls for cls in (Checking, Savings, Premium)}
    for entry in data['accounts']:
        cls = classes[entry['type']]
        account = cls.__new__(cls)
        Account.__init__(account, Customer(**entry['owner']))
        account.id = entry['id']
        account._balance = entry['balance']
        account.frozen = entry['frozen']
        if entry['rate'] is not None:
            account.rate = entry['rate']
            account.withdrawals_this_month = 0
        bank.accounts[account.id] = account
    for item in data['ledger']:
        tx = Transaction.from_json(item)
        bank.ledger.append(tx)
        bank.accounts[tx.account_id].history.append(tx)
    bank.failures = Counter(data['failures'])
    return bank


def main():
    bank = build_bank()
    print(*(repr(a) for a in bank.accounts.values()), sep='\n')
    simulate(bank, 95, Random(2024))
    report(bank)

    first = sorted(bank.accounts)[0]
    for line in bank.statement(first, last=6):
        print(line)

    # Errors the bank reports.
    chk = [a for a in bank.accounts.values() if isinstance(a, Checking)][-1]
    chk.frozen = True
    for attempt in (lambda: bank.deposit(chk.id, 10), lambda: bank.get('nope'),
                    lambda: bank.transfer(chk.id, chk.id, 1), lambda: bank.deposit(first, -3)):
        try:
            attempt()
        except (BankError, ValueError) as exc:
            print(f'{type(exc).__name__}: {exc}')
    chk.frozen = False
    try:
        try:
            bank.withdraw(chk.id, 10 ** 6)
        except InsufficientFunds as exc:
            raise BankError('withdrawal refused') from exc
    except BankError as exc:
        print(f'{exc} (caused by {type(exc.__cause__).__name__}: {exc.__cause__})')

    before = [(a.id, a.balance) for a in bank.accounts.values()]
    try:
        bank.transfer(first, chk.id, 10 ** 7)
    except InsufficientFunds:
        print('rolled back:', before == [(a.id, a.balance) for a in bank.accounts.values()])

    for month, balance in interest_schedule(1000.0, 0.05, 12):
        if month % 3 == 0:
            print(f'  month {month:>2}: {balance:,.2f}')

    text = to_json(bank)
    restored = from_json(text)
    print('json size', len(text), 'lines', text.count('\n') + 1)
    print('round trip equal:', to_json(restored) == text)
    print('balances equal:', all(restored.get(a.id).balance == a.balance
                                 for a in bank.accounts.values()))
    print(text[:200])
    print(restored.ledger[-1] == bank.ledger[-1], restored.ledger[-1])
    richest = max(restored.accounts.values())
    print('richest:', richest, isinstance(richest, Account), Account.__subclasses__())


if __name__ == '__main__':
    main()
