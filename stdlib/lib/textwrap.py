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
    """Object for wrapping/filling text.  The public interface consists of the wrap() and
    fill() methods; the other methods are just there for subclasses to override in order to
    tweak the default behaviour.

    width (default: 70) -- the maximum width of wrapped lines (unless break_long_words is
      false)
    initial_indent (default: "") -- string that will be prepended to the first line
    subsequent_indent (default: "") -- string that will be prepended to all lines save the
      first
    expand_tabs (default: true) -- expand tabs to spaces before wrapping
    replace_whitespace (default: true) -- replace each whitespace character remaining after
      tab expansion with a space
    fix_sentence_endings (default: false) -- ensure that sentence-ending punctuation is
      always followed by two spaces
    break_long_words (default: true) -- break words longer than 'width' across lines
    drop_whitespace (default: true) -- drop leading and trailing whitespace from lines
    break_on_hyphens (default: true) -- allow breaking hyphenated words
    tabsize (default: 8) -- expand tabs to this many columns
    max_lines (default: None) -- truncate wrapped lines
    placeholder (default: ' [...]') -- append to the last line of truncated text
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *_no_more,
                 max_lines=None, placeholder=' [...]'):
        # (*_no_more stands for a bare `*`: a minipy call fast path skips keyword-only
        # defaults when every positional parameter is given.)
        if _no_more:
            raise TypeError('TextWrapper() takes at most 11 positional arguments')
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- Private methods -----------------------------------------------------------------------
    # (possibly useful for subclasses to override)

    def _munge_whitespace(self, text):
        """Expand tabs and convert all other whitespace characters to spaces.  Eg.
        " foo\\tbar\\n\\nbaz" becomes " foo    bar  baz"."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text to wrap into indivisible chunks.  Chunks are not quite the same as
        words; see _wrap_chunks() for full details.  As an example, the text
          Look, goof-ball -- use the -b option!
        breaks into the following chunks:
          'Look,', ' ', 'goof-', 'ball', ' ', '--', ' ',
          'use', ' ', 'the', ' ', '-b', ' ', 'option!'
        if break_on_hyphens is True, or in:
          'Look,', ' ', 'goof-ball', ' ', '--', ' ',
          'use', ' ', 'the', ' ', '-b', ' ', option!'
        otherwise."""
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
        """Correct for sentence endings buried in 'chunks'.  Eg. when the original text
        contains "... foo.\\nBar ...", munge_whitespace() and split() will convert that to
        [..., "foo.", " ", "Bar", ...] which has one too few spaces; this method simply
        changes the one space to two."""
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
        """Handle a chunk of text (most likely a word, not whitespace) that is too long to
        fit in any line."""
        # Figure out when indent is larger than the specified width, and make sure at least
        # one character is stripped off on every pass
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        # If we're allowed to break long words, then do so: put as much of the next chunk
        # onto the current line as will fit.
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # break after last hyphen, but only if there are non-hyphens before it
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]

        # Otherwise, we have to preserve the long word intact.  Only add it to the current
        # line if there's nothing already there -- that minimizes how much we violate the
        # width constraint.
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a sequence of text chunks and return a list of lines of length 'self.width'
        or less.  (If 'break_long_words' is false, some lines may be longer than this.)
        Chunks correspond roughly to words and the whitespace between them."""
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

        # Arrange in reverse order so items can be efficiently popped from a stack of chucks.
        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0

            # Figure out which static string will prefix this line.
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent

            # Maximum width for this line.
            width = self.width - len(indent)

            # First chunk on line is whitespace -- drop it, unless this is the very
            # beginning of the text (ie. no lines started yet).
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break

            # The current line is full, and the next chunk is too big to fit on *any* line
            # (not just this one).
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # If the last chunk on this line is all whitespace, drop it.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    # Convert current line back to a string and store it in list of all lines
                    # (return value).
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <= self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- Public interface ----------------------------------------------------------------------

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of no more than
        'self.width' columns, and return a list of wrapped lines.  Tabs in 'text' are
        expanded with string.expandtabs(), and all other whitespace characters (including
        newline) are converted to space."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no more than
        'self.width' columns, and return a new string containing the entire wrapped
        paragraph."""
        return '\n'.join(self.wrap(text))

# -- Convenience interface ---------------------------------------------------------------------

def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    The text first has its whitespace collapsed.  If it then fits in the *width*, it is
    returned as is.  Otherwise, as many words as possible are joined and then the placeholder
    is appended."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))

# -- Loosely related functionality -------------------------------------------------------------

def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of whitespace are normalized to a newline character in the
    output.  Tabs and spaces are both treated as whitespace, but they are not equal:
    "  hello" and "\\thello" have no common leading whitespace."""
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            # Blank (or whitespace-only) lines neither count nor keep their spaces.
            lines[index] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            # Current line more deeply indented than previous winner: no change.
            pass
        elif margin.startswith(indent):
            # Current line consistent with and no deeper than previous winner: it's the new
            # winner.
            margin = indent
        else:
            # Find the largest common whitespace between current line and previous winner.
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines where 'predicate'
    (line) is True.  If 'predicate' is not provided, it will default to adding 'prefix' to
    all non-empty lines that do not consist solely of whitespace characters."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    prefixed = []
    for line in text.splitlines(True):
        prefixed.append(prefix + line if predicate(line) else line)
    return ''.join(prefixed)
