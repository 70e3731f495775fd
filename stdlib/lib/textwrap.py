"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and the TextWrapper class.

Wrapping works in three steps: the text is cleaned (tabs expanded, whitespace characters
turned into spaces), split into chunks (runs of whitespace, words, and the pieces of
hyphenated words), and the chunks are packed greedily into lines of at most `width`
characters.  CPython does the splitting with a regular expression; minipy has no `re` module
yet, so _split() below scans the text by hand following the same rules.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these characters count as whitespace here (not the other Unicode spaces), as in
# CPython: a no-break space stays inside its word.
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)
_WORD_PUNCT_EXTRA = frozenset('!"\'&.,?')


def _is_word(c):          # regex \w
    return c.isalnum() or c == '_'


def _is_letter(c):        # regex [^\d\W]: a word character that is not a digit
    return (c.isalnum() or c == '_') and not c.isdigit()


def _is_word_punct(c):    # [\w!"'&.,?]
    return _is_word(c) or c in _WORD_PUNCT_EXTRA


class TextWrapper:
    """Wraps and fills text; the settings are attributes, so one object can format many
    paragraphs alike.

    width (70): maximum line length (longer only when break_long_words is false).
    initial_indent / subsequent_indent (''): prefix of the first / the other lines.
    expand_tabs (True), tabsize (8): expand tabs first.
    replace_whitespace (True): turn every other whitespace character (newlines too) into
      a space.
    fix_sentence_endings (False): put two spaces after a sentence's end.
    break_long_words (True): split words longer than the line.
    break_on_hyphens (True): allow line breaks after hyphens in compound words.
    drop_whitespace (True): drop whitespace at the start and end of lines.
    max_lines (None): truncate to this many lines, ending the last with placeholder
      (' [...]').
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        # Line geometry.
        self.width, self.max_lines, self.placeholder = width, max_lines, placeholder
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        # Whitespace handling.
        self.expand_tabs, self.tabsize = expand_tabs, tabsize
        self.replace_whitespace, self.drop_whitespace = replace_whitespace, drop_whitespace
        # Where lines may break, and sentence spacing.
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens
        self.fix_sentence_endings = fix_sentence_endings

    # -- Private methods -----------------------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs, then turn the other whitespace characters into spaces."""
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return expanded
        return expanded.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """The pieces no line break may split: runs of whitespace, and words -- with
        break_on_hyphens, compound words split after their hyphens and em-dashes (--)
        standing alone.  "Look, goof-ball -- use -b!" gives 'Look,', ' ', 'goof-',
        'ball', ' ', '--', ' ', 'use', ' ', '-b!'."""
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            # A run of whitespace is one chunk.
            if text[i] in _WS:
                j = i + 1
                while j < n and text[j] in _WS:
                    j += 1
                chunks.append(text[i:j])
                i = j
                continue
            j = i + 1
            while j < n and text[j] not in _WS:
                j += 1
            if self.break_on_hyphens:
                chunks.extend(self._split_word(text, i, j))
            else:
                chunks.append(text[i:j])
            i = j
        return chunks

    def _split_word(self, text, start, end):
        """Split the non-whitespace run text[start:end] at the places CPython's wordsep_re
        allows: after a hyphen between letters, and around em-dashes (--) between words."""
        pieces = []
        i = start
        while i < end:
            # An em-dash after a word-ish character and before a word character.
            if i > 0 and _is_word_punct(text[i - 1]) and text.startswith('--', i):
                j = i
                while j < end and text[j] == '-':
                    j += 1
                if j < end and _is_word(text[j]):
                    pieces.append(text[i:j])
                    i = j
                    continue
            # Otherwise the shortest piece (at least one character) that ends at a break.
            k = i + 1
            while True:
                if k >= end:
                    pieces.append(text[i:end])
                    i = end
                    break
                if text[k] == '-' and self._hyphen_break(text, k, end):
                    pieces.append(text[i:k + 1])
                    i = k + 1
                    break
                if _is_word_punct(text[k - 1]) and text.startswith('--', k):
                    j = k
                    while j < end and text[j] == '-':
                        j += 1
                    if j < end and _is_word(text[j]):
                        pieces.append(text[i:k])
                        i = k
                        break
                k += 1
        return pieces

    @staticmethod
    def _hyphen_break(text, k, end):
        # The hyphen at k may end a chunk when it follows two letters, or letter-hyphen-letter,
        # and a letter (optionally after another hyphen) and a letter follow it.
        before = (k >= 2 and _is_letter(text[k - 1]) and _is_letter(text[k - 2])) or \
                 (k >= 3 and _is_letter(text[k - 1]) and text[k - 2] == '-' and
                  _is_letter(text[k - 3]))
        if not before:
            return False
        j = k + 1
        if j < end and _is_letter(text[j]):
            j += 1
            if j < end and text[j] == '-':
                j += 1
            return j < end and _is_letter(text[j])
        return False

    def _fix_sentence_endings(self, chunks):
        """After a chunk ending a sentence (a lower-case letter, then . ! or ?, maybe a
        closing quote), make the single space that follows two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and self._ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(chunk):
        # [a-z][.!?]["']?\Z
        if chunk and chunk[-1] in '"\'':
            chunk = chunk[:-1]
        return (len(chunk) >= 2 and chunk[-1] in '.!?' and
                'a' <= chunk[-2] <= 'z')

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """The next chunk does not fit on any line: put as much of it as fits on the current
        line (breaking after a hyphen when possible), or, without break_long_words, put it
        whole on a line of its own."""
        room = width - cur_len if width >= 1 else 1
        chunk = reversed_chunks[-1]
        if self.break_long_words:
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                hyphen = chunk.rfind('-', 0, room)
                # (a hyphen preceded only by hyphens is no place to break)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Pack the chunks greedily into lines of at most `width` characters (indent
        included) and return the lines."""
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        pending = chunks[::-1]            # a stack: the next chunk is pending[-1]
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            # Whitespace does not start a line (except the very first one).
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(map(len, line))
            # Nor does it end one.
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            if self._fits_without_truncation(lines, pending, used, room):
                lines.append(indent + ''.join(line))
                continue
            # max_lines reached: end with the placeholder and stop.
            self._add_placeholder(lines, line, used, room, indent)
            break
        return lines

    def _fits_without_truncation(self, lines, pending, used, room):
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        # On the last allowed line: fine if nothing (but dropped whitespace) is left.
        nothing_left = not pending or (self.drop_whitespace and len(pending) == 1 and
                                       not pending[0].strip())
        return nothing_left and used <= room

    def _add_placeholder(self, lines, line, used, room, indent):
        # Drop chunks from the end of the line until the placeholder fits after a word;
        # failing that, append it to the previous line, or give it a line of its own.
        while line:
            if line[-1].strip() and used + len(self.placeholder) <= room:
                lines.append(indent + ''.join(line) + self.placeholder)
                return
            used -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- Public interface ----------------------------------------------------------------------

    def wrap(self, text):
        """The paragraph `text` as a list of lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph `text` wrapped, as one string of newline-separated lines."""
        return '\n'.join(self.wrap(text))

# -- Convenience interface ---------------------------------------------------------------------

def wrap(text, width=70, **kwargs):
    """The paragraph as a list of lines of at most `width` characters (TextWrapper's
    options are accepted as keywords)."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """The paragraph wrapped into one string of newline-separated lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """The text on one line of at most `width` characters: whitespace runs become single
    spaces, and if it is still too long, words are dropped from the end and the
    placeholder (' [...]') put in their place."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))

# -- Loosely related functionality -------------------------------------------------------------

def dedent(text):
    """Remove the indentation common to all lines of `text` (for triple-quoted strings
    indented with the code).  Lines of only spaces and tabs become empty and do not count;
    a tab and spaces are different indentation."""
    lines = text.split('\n')
    margin = None          # the longest indentation shared by the lines seen so far
    for index, line in enumerate(lines):
        content = line.lstrip(' \t')
        if not content:
            lines[index] = ''
            continue
        indent = line[:len(line) - len(content)]
        if margin is None:
            margin = indent
        else:
            shared = 0
            while (shared < len(margin) and shared < len(indent)
                   and margin[shared] == indent[shared]):
                shared += 1
            margin = margin[:shared]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix in front of the lines of text for which predicate(line) is true; by
    default, of the lines that are not blank."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    prefixed = []
    for line in text.splitlines(True):
        prefixed.append(prefix + line if predicate(line) else line)
    return ''.join(prefixed)


if __name__ == "__main__":
    # `python -m textwrap` shows dedent() at work (CPython's module has the same demonstration).
    print(dedent("Hello there.\n  This is indented."))
