"""logging.handlers: handlers beyond the basic stream and file ones.

    RotatingFileHandler   a log file that is renamed to .1, .2, ... once it would grow past
                          maxBytes (BaseRotatingHandler holds the rename machinery, with
                          `namer` and `rotator` hooks)
    WatchedFileHandler    reopens its file when another program has moved or deleted it
    BufferingHandler      keeps records in a list until shouldFlush() says so
    MemoryHandler         a buffer that passes its records on to a target handler when it is
                          full or when a severe record arrives
    QueueHandler          puts records on a queue; QueueListener takes them off in a thread of
    QueueListener         its own and hands them to real handlers

The queue pair is the threaded program's friend: the threads that log only pay for a put(),
and the slow part (formatting, writing files) happens in one background thread.

Not here yet: TimedRotatingFileHandler and the network handlers (socket, syslog, SMTP, HTTP).
"""

import io
import os
import threading
import copy
import logging
from logging import FileHandler, Handler


# --- Rotating files ----------------------------------------------------------------------------

class BaseRotatingHandler(FileHandler):
    """A FileHandler that asks shouldRollover(record) before each record and calls
    doRollover() when the answer is yes.  `namer(name)` may rename the backup files and
    `rotator(source, dest)` may replace the plain os.rename (to compress, say)."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                             errors=errors)

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Writes to `filename` until the next record would take it to maxBytes or more; then
    filename.N becomes filename.N+1 (the oldest, filename.backupCount, is dropped), filename
    becomes filename.1, and a fresh filename is started.  With maxBytes == 0 or
    backupCount == 0 the one file just keeps growing."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'      # 'w' would wipe the file on every restart, defeating rotation
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def shouldRollover(self, record):
        """Would this record take the file to maxBytes or beyond?"""
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False        # a device such as /dev/null: never rotate it
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        size = len(self.format(record) + '\n')
        self.stream.seek(0, 2)
        return self.stream.tell() + size >= self.maxBytes

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            base = self.baseFilename
            # Shift the backups up by one, oldest first, so that none is overwritten.
            for n in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename('%s.%d' % (base, n))
                newer = self.rotation_filename('%s.%d' % (base, n + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(base + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(base, first)
        if not self.delay:
            self.stream = self._open()


class WatchedFileHandler(FileHandler):
    """A FileHandler for files that log-rotation tools move away: before each record it
    checks (device, inode) of the path, and reopens the file when they changed."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                             errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
            same = (st.st_dev, st.st_ino) == (self.dev, self.ino)
        except FileNotFoundError:
            same = False
        if same:
            return
        if self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = None
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        FileHandler.emit(self, record)


# --- Buffering ---------------------------------------------------------------------------------

class BufferingHandler(Handler):
    """Collects records in self.buffer; when shouldFlush() (by default: `capacity` records
    held) flush() runs, which here just empties the buffer.  Subclasses decide what flushing
    means."""

    def __init__(self, capacity):
        Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Holds records until `capacity` are buffered or one at flushLevel (ERROR) or above
    arrives, then hands them all to `target` - e.g. keep the debug chatter, but write it only
    when something went wrong.  Closing flushes too, unless flushOnClose is false."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        """Pass the buffered records to the target; without a target they stay buffered."""
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


# --- Queues ------------------------------------------------------------------------------------

class QueueHandler(Handler):
    """Puts each record on `queue` (anything with put_nowait: queue.Queue, queue.SimpleQueue,
    multiprocessing queues).  The record is formatted first and reduced to plain data, so that
    it can cross to another thread or process unchanged."""

    def __init__(self, queue):
        Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of the record whose message is the fully formatted text (with traceback and
        stack), without the arguments and exception objects, which may not survive pickling."""
        text = self.format(record)
        ready = copy.copy(record)
        ready.message = ready.msg = text
        ready.args = None
        ready.exc_info = ready.exc_text = ready.stack_info = None
        return ready

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off `queue` in a background thread and passes each to `handlers`
    (all of them, or with respect_handler_level=True only those whose level allows it).
    start() starts the thread; stop() lets it finish what is queued and waits for it."""

    _sentinel = None        # put on the queue by stop(): "no more records"

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = worker = threading.Thread(target=self._monitor)
        worker.daemon = True
        worker.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        import queue as queue_module
        q = self.queue
        done = getattr(q, 'task_done', None)
        while True:
            try:
                record = self.dequeue(True)
            except queue_module.Empty:
                break
            if record is self._sentinel:
                if done is not None:
                    done()
                break
            self.handle(record)
            if done is not None:
                done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread is not None:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None
