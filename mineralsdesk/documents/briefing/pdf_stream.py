"""A reportlab PDFDocument that writes each page to the file when it is finished, instead of at save().

reportlab's PDFDocument keeps every object of the file (each page's dictionary and content stream, every link)
until `save()`, and then formats the whole file in memory. The objects of a PDF need not be in the file in the
order of their numbers (the cross-reference table maps each number to its byte offset), so this one writes a
page's dictionary and content stream, and its links, as soon as the page is finished, and forgets them. At save the rest (the catalog, the pages tree, the outline, the fonts, the forms
filled in at the end, the info) is formatted and written one object at a time, then the cross-reference table
and the trailer.

Named destinations (`place`, `named_link`): a link to a bookmark by its name (`/Dest (key)`) is complete when it
is made and is written with its page, whether its bookmark is placed yet or thousands of pages later (the
contents link every clause); the catalog's name tree, written at save, gives each name its page and position.
What the document keeps per bookmark, link and object until then (their names,
pages and tops, the objects' offsets) is rows of a private temporary SQLite database (`PdfIndex`, store/pdf_index.py), not Python
objects, so that its memory does not grow with the document; the name tree is read from it in order, a leaf at a
time. An outline entry given with its bookmark's place (`_Outline.stream`) is written
as soon as its children and its next sibling are known, during the layout: no title is kept until save.

A reportlab link to a bookmark (`Destination`) is written with its page too, so its bookmark must be placed by then
(an earlier page): reportlab says which is not. A link to a later heading is a named destination.

What this needs from the rest of reportlab's document:
- An object may be referred to before it exists (a page uses the "Page N of M" form only made at save): the
  briefing's canvas takes the form's object number at once (reserve_number) and notes it in order, page by page
  (Numbers: rows of the index), the page's resources refer to it by number (NumberedForm), and the form takes
  that number when it is made (claim). A name asked for before it is registered likewise gets its object number
  at once, and the object takes it when it comes. An object still missing at save is an error, as in reportlab.
- Encryption encrypts each object with its number and needs its key (and the document's ID) before the first
  object is written: it is prepared when the first page is written, not at save.
- The pages tree keeps the pages' object numbers (Numbers, in the index), not the page objects.
- The header names the PDF version known at the first page; a later feature that raises it (transparency)
  rewrites the header's version in place (same length) when the output can seek.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import (
    LinkAnnotation,
    OutlineEntryObject,
    PDFArray,
    PDFDestinationXYZ,
    PDFDictionary,
    PDFDocument,
    PDFFile,
    PDFIndirectObject,
    PDFObject,
    PDFObjectReference,
    PDFOutlines,
    PDFPages,
    PDFString,
    PDFTrailer,
    _checkPdfdoc,
    xObjectName,
)
from reportlab.pdfbase.pdfdoc import (
    format as pdf_format,
)
from reportlab.pdfgen.canvas import _annFormat

from ...services.storage import PdfIndex

INTERNAL_NAME = "__InternalName__"  # the attribute reportlab marks a registered object with


NAMES_A_LEAF = 128  # named destinations in one leaf of the name tree


class NumberedForm(str):
    """A form's name (as given to the canvas's doForm) carrying the object number it will have: the page that uses
    it refers to it by that number, so no name -> number entry waits for the form (made at save)."""

    number: int

    def __new__(cls, name: str, number: int) -> NumberedForm:
        new = super().__new__(cls, name)
        new.number = number
        return new


class _Ref(PDFObjectReference):
    """A reference to an object by its number (an object written already, whose name may be gone)."""

    def __init__(self, number: int) -> None:
        self.number = number

    def format(self, document: Any) -> bytes:
        return b"%d 0 R" % self.number


def _pdf_bytes(text: str) -> bytes:
    """The bytes reportlab's PDFString writes for `text` (before encryption): the order of a name tree's keys."""
    return text.encode("pdfdoc") if _checkPdfdoc(text) else codecs.BOM_UTF16_BE + text.encode("utf_16_be")


class _Numbers(dict):
    """reportlab's name -> (object number, generation); a name asked for before it is registered gets a number now."""

    def __init__(self, doc: StreamingPDFDocument, items: dict) -> None:
        super().__init__(items)
        self._doc = doc

    def __missing__(self, name: str) -> tuple[int, int]:
        return self._doc._reserve(name)


class Numbers:
    """Object numbers noted in order (each page's, each page's "Page N of M" form's), rows of the document's index
    (PdfIndex.note) rather than an array: 8 bytes a page, three such arrays were ~2 MB at a million versions
    (99,000 pages), held to the end of save. Walked in order (at save), never looked up one by one."""

    def __init__(self, index: PdfIndex, name: str) -> None:
        self._index, self._name = index, name

    def append(self, number: int) -> None:
        self._index.note(self._name, number)

    def __len__(self) -> int:
        return self._index.noted.get(self._name, 0)

    def __iter__(self) -> Iterator[int]:
        return self._index.numbers(self._name)


class _PageTree(PDFPages):
    """The pages tree, holding the pages' object numbers (their objects are written and gone by save)."""

    def __init__(self, index: PdfIndex) -> None:
        super().__init__()
        self.numbers = Numbers(index, index.PAGES)  # page 1's object number first

    def addPage(self, page: Any) -> None:  # noqa: N802 - reportlab's name
        pass  # the document notes the page's number (StreamingPDFDocument.addPage)

    def check_format(self, document: Any) -> None:
        self.Kids = _Kids(self.numbers)
        self.Count = len(self.numbers)


class _Kids(PDFObject):
    """The pages tree's /Kids, formatted from the pages' numbers as reportlab's PDFArray of references formats
    it, ten at a time: not a reference object a page at save (~160 bytes each: ~16 MB at a million versions).
    Formatted, it is a mark the document writes the array in its place for, a run of pages at a time (`chunks`):
    the array whole, and the tree's object around it, were ~5 MB of bytes copied three times at 100,000 pages."""

    MARK = b"\x00Kids\x00"
    PAGES_A_CHUNK = 4000

    def __init__(self, numbers: Iterable[int]) -> None:
        self.numbers = numbers

    def format(self, document: Any) -> bytes:
        return self.MARK

    def chunks(self) -> Iterator[bytes]:
        """The array's bytes, in pieces (the numbers read once, in order)."""
        if PDFArray.multiline and rl_config.pdfMultiLine or PDFArray.multiline == "forced":
            between, within = b"\n ", b"\n "
        else:
            between, within = b" \n  ", b" "  # reportlab breaks an array's line every 10 elements
        yield b"[ "
        numbers = iter(self.numbers)
        first = True
        while chunk := list(islice(numbers, self.PAGES_A_CHUNK)):
            runs = [within.join([b"%d 0 R" % n for n in chunk[start:start + 10]])
                    for start in range(0, len(chunk), 10)]
            yield (b"" if first else between) + between.join(runs)
            first = False
        yield b" ]"


class _Outline(PDFOutlines):
    """reportlab's outline, its entries given with their bookmark's place (`stream`) written during the layout, each
    as soon as it is complete (its children and its next sibling known), not all made at save: ~25,000 entry
    objects and their titles at once (~20 MB at the save of a 100k log's briefing, its peak). The same entries,
    named and linked as reportlab's maketree makes them; an outline made the reportlab way is left to reportlab."""

    _open: list | None = None  # streamed entries not written yet: the root and one entry a level below it

    def stream(self, document: StreamingPDFDocument, title: str, level: int, closed: bool, page: int,
               top: float) -> None:
        """An entry whose bookmark is placed (its page object's number and top known): written once its children
        and its next sibling are known, during the layout, so that no entry or title waits for save. The same
        entries as maketree's (reportlab's addOutlineEntry, then prepare, below), numbered in the order made."""
        if self.levelstack or self.mydestinations is not None:
            raise ValueError("an outline is either streamed or given to reportlab, not both")
        if self._open is None:
            root = _Entry(document.idToObjectNumberAndVersion[document.Reference(self).name][0], None, False)
            self._open = [root]
        stack = self._open
        if not isinstance(level, int) or level < 0 or level > len(stack) - 1:
            raise ValueError(f"can't jump from outline level {len(stack) - 2} to level {level}, need intermediates "
                             f"(title={title!r})")
        number = document.objectcounter = document.objectcounter + 1
        while len(stack) - 1 > level:  # the entries at this level and below it are complete
            done = stack.pop()
            if len(stack) - 1 == level:
                done.next = number
            self._close(document, done, stack[-1])
        entry = _Entry(number, stack[-1].number, closed)
        entry.title, entry.dest = title, PDFDestinationXYZ(_Ref(page), 0, top, "null")
        parent = stack[-1]
        entry.prev = parent.last
        if parent.first is None:
            parent.first = number
        parent.last = number
        stack.append(entry)

    def _close(self, document: StreamingPDFDocument, entry: _Entry, parent: _Entry) -> None:
        parent.visible += 1 + (0 if entry.closed else entry.visible)
        obj = OutlineEntryObject()
        obj.Title, obj.Dest, obj.Parent = entry.title, entry.dest, _Ref(entry.parent)
        obj.Prev = None if entry.prev is None else _Ref(entry.prev)
        obj.Next = None if entry.next is None else _Ref(entry.next)
        if entry.first is not None:
            obj.First, obj.Last = _Ref(entry.first), _Ref(entry.last)
            obj.Count = -entry.visible if entry.closed else entry.visible
        document.write_numbered(entry.number, obj)

    def prepare(self, document: Any, canvas: Any) -> None:
        if self._open is not None:  # streamed: write the entries still open
            stack, self._open = self._open, None
            while len(stack) > 1:
                done = stack.pop()
                self._close(document, done, stack[-1])
            root = stack[0]
            self.first, self.last, self.count = _Ref(root.first), _Ref(root.last), root.visible
            self.ready = 1
            return
        super().prepare(document, canvas)


class _Entry:
    """An outline entry streamed but not written yet (at most one a level of the outline)."""

    __slots__ = ("number", "parent", "closed", "title", "dest", "prev", "next", "first", "last", "visible")

    def __init__(self, number: int, parent: int | None, closed: bool) -> None:
        self.number, self.parent, self.closed = number, parent, closed
        self.title = self.dest = self.prev = self.next = self.first = self.last = None
        self.visible = 0  # reportlab's count of the entries under it: each child, and those under an open one


class StreamingPDFDocument(PDFDocument):
    """PDFDocument writing finished pages (and links) to its output at once; see the module's note."""

    @classmethod
    def adopt(cls, doc: PDFDocument) -> StreamingPDFDocument:
        """This document in place of `doc`, a fresh reportlab one (as a Canvas makes it), with its settings."""
        if doc.pageCounter != 1 or getattr(doc, "_savedToFile", False):  # no page added yet
            raise ValueError("only a new document can stream")
        new = cls.__new__(cls)
        new.__dict__.update(doc.__dict__)
        new.idToObjectNumberAndVersion = _Numbers(new, doc.idToObjectNumberAndVersion)
        # the named destinations (place), the names links went to (named_link), the contents' slots (the
        # briefing's canvas), the pages' and forms' object numbers and the objects' offsets: rows of a temporary
        # database until save (PdfIndex)
        new.index = PdfIndex()
        new.Pages = new.Catalog.Pages = _PageTree(new.index)
        new.outline = new.Outlines = new.Catalog.Outlines = _Outline()
        new._out: BinaryIO | None = None
        new._own_out = False
        new._start_at = 0
        new._offset = 0
        new._header_version = None
        new._done = bytearray()  # a bit an object number: written (its offset is in the index)
        new._reserved: set[str] = set()  # names given a number before their object was registered
        # False when nothing names a page after it is written (no reportlab bookmark: FurnishedCanvas)
        new.keep_page_names = True
        return new

    # -- registering -----------------------------------------------------------------------------------
    def _reserve(self, name: str) -> tuple[int, int]:
        number = self.objectcounter = self.objectcounter + 1
        dict.__setitem__(self.idToObjectNumberAndVersion, name, (number, 0))
        self.numberToId[number] = name
        self._reserved.add(name)
        return number, 0

    def Reference(self, obj: Any, name: str | None = None) -> Any:  # noqa: N802 - reportlab's name
        """reportlab's Reference, giving a name asked for earlier the number it was given then, and a reference to
        an object already written (and forgotten) as to any other registered one."""
        numbers = self.idToObjectNumberAndVersion
        is_object = isinstance(obj, PDFObject)
        if name is None and (not is_object or isinstance(obj, PDFObjectReference)):
            return obj
        internal = getattr(obj, INTERNAL_NAME, None) if is_object else None
        if internal is not None:
            if name is not None and name != internal:
                raise ValueError(f"attempt to reregister object {internal!r} with new name {name!r}")
            if internal not in numbers or internal in self._reserved:
                raise ValueError(f"object of type {type(obj)} named as {internal!r}, but not registered")
            return PDFObjectReference(internal)
        if name in self._reserved:
            self._reserved.discard(name)
        elif name is not None and name in numbers:
            if self.idToObject.get(name) is not obj:
                raise ValueError("redefining named object: " + repr(name))
            return PDFObjectReference(name)
        else:
            number = self.objectcounter = self.objectcounter + 1
            name = name if name is not None else f"R{number}"
            dict.__setitem__(numbers, name, (number, 0))
            self.numberToId[number] = name
        if is_object:
            setattr(obj, INTERNAL_NAME, name)
        self.idToObject[name] = obj
        return PDFObjectReference(name)

    def xobjDict(self, formnames: list) -> PDFDictionary:  # noqa: N802 - reportlab's name
        """reportlab's, a NumberedForm referred to by its number (reserve_number) rather than by its name."""
        xobjects = super().xobjDict([name for name in formnames if not isinstance(name, NumberedForm)])
        for name in formnames:
            if isinstance(name, NumberedForm):
                xobjects.dict[xObjectName(name)] = _Ref(name.number)
        return xobjects

    def reserve_number(self) -> int:
        """An object number for an object made later under a name nothing looks up meanwhile (a page's
        "Page N of M" form, made at save: NumberedForm); the number is kept by whoever asked (Numbers), not as a
        name -> number entry here. Its object must be written (claim, then register it) before save ends."""
        number = self.objectcounter = self.objectcounter + 1
        return number

    def claim(self, name: str, number: int) -> None:
        """The object to be registered next under `name` takes the reserved `number` (reserve_number)."""
        if name in self.idToObjectNumberAndVersion or number > self.objectcounter or self._written(number):
            raise ValueError(f"{name!r} can't take object number {number}")
        dict.__setitem__(self.idToObjectNumberAndVersion, name, (number, 0))
        self.numberToId[number] = name
        self._reserved.add(name)

    # -- writing as pages are finished -----------------------------------------------------------------
    def addPage(self, page: Any) -> None:  # noqa: N802 - reportlab's name
        name = self.thisPageName()
        links = [ref.name for ref in page.Annots or ()]
        super().addPage(page)
        self.Pages.numbers.append(self.idToObjectNumberAndVersion[name][0])
        self._begin()
        # registers the page's content stream; the pages tree (written at save) keeps the page's number
        self._write(name, last=not self.keep_page_names)
        self._write(page.Contents.__InternalName__, last=True)
        page.Contents = page.Resources = page.Annots = None
        for link in links:
            self._write(link, last=True)

    # -- named destinations ------------------------------------------------------------------------------
    def place(self, key: str, top: float) -> None:
        """The named destination `key`: the page being drawn, at absolute height `top` (left 0, zoom kept)."""
        self.index.place(key, _pdf_bytes(key), self.pageCounter, top)

    def this_page_number(self) -> int:
        """The object number of the page being drawn (given now if nothing named the page yet)."""
        return self.idToObjectNumberAndVersion[self.thisPageName()][0]

    def named_link(self, rect: tuple[float, ...], key: str, contents: str = "", color: Any = None,
                   thickness: float = 0, dash: Any = None, *, kept: bool = False, **kw: Any) -> LinkAnnotation:
        """A link over the absolute `rect` to the named destination `key`, placed on this page, a later one or an
        earlier one: complete now, it is written with its page. The contents link every clause long before its
        page exists; such a link once waited, as an annotation and a destination (~1.2 KB), then as its name and
        rectangle and a reserved number, until its clause was laid out. `kept`: `key` is in the index already (a
        contents row's slot, checked at save alike), so it is not noted twice."""
        kw.update(Rect=rect, Contents=contents, Destination=PDFString(key))
        _annFormat(kw, color, thickness, dash)  # as reportlab's linkRect makes it (a plain link: Border [0 0 0])
        if not kept:
            self.index.link(key)
        return LinkAnnotation(**kw)

    def _write_names(self) -> None:
        """The name tree of the named destinations (leaves of NAMES_A_LEAF names, in the order of their bytes),
        named by the catalog's /Names; a name linked to and never placed is an error, as reportlab's unbound
        destination is. Read leaf by leaf from the index, sorted there: no list or set of every name."""
        index = self.index
        missing = index.undefined()
        if missing is not None:
            raise ValueError(f"undefined destination target for {missing!r}")
        if not index.counts["places"]:
            return
        kids = []
        for rows in index.leaves(NAMES_A_LEAF):
            pairs: list[Any] = []
            for key, page, top in rows:  # page: the page's object number
                pairs += [PDFString(key), PDFDestinationXYZ(_Ref(page), 0, top, "null")]
            leaf = PDFDictionary({"Limits": PDFArray([PDFString(rows[0][0]), PDFString(rows[-1][0])]),
                                  "Names": PDFArray(pairs)})
            number = self.objectcounter = self.objectcounter + 1
            self.write_numbered(number, leaf)
            kids.append(_Ref(number))
        tree = self.objectcounter = self.objectcounter + 1
        self.write_numbered(tree, PDFDictionary({"Kids": PDFArray(kids)}))
        self.Catalog.Names = PDFDictionary({"Dests": _Ref(tree)})

    def _begin(self) -> None:
        if self._out is not None:
            return
        target = getattr(self, "_target", None)
        if callable(getattr(target, "write", None)):
            self._out = target
        else:
            self._out, self._own_out = open(target, "wb"), True  # noqa: SIM115 - closed at save
        try:
            self._start_at = self._out.tell()
        except (OSError, AttributeError):
            self._start_at = None
        # Encryption works per object with its number, and its key must exist before the first object is written.
        self.encrypt.prepare(self)
        self._header_version = self._pdfVersion
        self._emit(PDFFile(self._pdfVersion).strings[0])

    def _emit(self, data: bytes) -> int:
        offset = self._offset
        self._out.write(data)
        self._offset += len(data)
        return offset

    def _write(self, name: str, *, last: bool = False) -> None:
        """Write the object `name` and forget it; `last`: nothing names it after this (a page's content stream, a
        link, a page's number form, all named only by a page written before them), so its name -> number entry
        goes too (a name asked for again would get a new number, never written: an error at save, not a wrong
        reference). ~100,000 such objects in a 100k log's briefing."""
        number, version = self.idToObjectNumberAndVersion[name]
        obj = self.idToObject[name]
        data = PDFIndirectObject(name, obj).format(self)
        if isinstance(obj, _PageTree):  # its /Kids written in pieces where their mark is
            head, _mark, tail = data.partition(_Kids.MARK)
            self._wrote(number, self._emit(head))
            for chunk in obj.Kids.chunks():
                self._emit(chunk)
            self._emit(tail)
        else:
            self._wrote(number, self._emit(data))
        del self.idToObject[name]
        del self.numberToId[number]
        if last:
            dict.__delitem__(self.idToObjectNumberAndVersion, name)

    def write_form(self, name: str) -> None:
        """Write the form `name` (as the canvas names it) just made: the page numbers' forms, one a page, made at
        save, are written one by one rather than all held until the end."""
        self._begin()
        self._write(xObjectName(name), last=True)

    def write_numbered(self, number: int, obj: Any) -> None:
        """Write `obj` as the object `number` (taken from objectcounter, never named): an outline entry, a part
        of the name tree, written once and referred to by number (_Ref)."""
        self._begin()
        self.encrypt.register(number, 0)
        content = pdf_format(obj, self, toplevel=1)
        offset = self._emit(b"%d 0 obj\n" % number + content + (b"" if content.endswith(b"\n") else b"\n")
                            + b"endobj\n")
        self._wrote(number, offset)

    def _wrote(self, number: int, offset: int) -> None:
        done = self._done
        if len(done) <= number >> 3:
            done.extend(bytes((number >> 3) + 1 - len(done)))
        done[number >> 3] |= 1 << (number & 7)
        self.index.offset(number, offset)

    def _written(self, number: int) -> bool:
        return number >> 3 < len(self._done) and bool(self._done[number >> 3] & (1 << (number & 7)))

    # -- save ------------------------------------------------------------------------------------------
    def SaveToFile(self, filename: Any, canvas: Any) -> None:  # noqa: N802 - reportlab's name
        if getattr(self, "_savedToFile", False):
            raise RuntimeError("a document can be saved only once")
        self._savedToFile = True
        self._target = getattr(self, "_target", filename)
        try:
            self._begin()
            self.GetPDFData(canvas)  # formats and writes the rest (format below)
            self._out.flush()
        finally:
            self.index.close()
            if self._own_out:
                self._out.close()

    def format(self) -> bytes:
        """Write every object not written yet, in number order (objects made while formatting included), then the
        cross-reference table and the trailer; what reportlab's format returns as one string is already written."""
        cat, info = self.Catalog, self.info
        self.Reference(cat)
        self.Reference(info)
        encryption = self.encrypt.info()
        encrypt_ref = self.Reference(encryption) if encryption else None
        self._write_names()
        number = 0
        while number < self.objectcounter:
            number += 1
            if self._written(number):
                continue
            name = self.numberToId.get(number)
            if name is None:
                raise KeyError(f"object number {number} reserved and never made")
            if name in self._reserved:
                raise KeyError(f"forward reference to {name!r} not resolved upon final formatting")
            self._write(name)
        count = self.objectcounter
        if self._pdfVersion != self._header_version and self._start_at is not None:
            end = self._out.tell()
            self._out.seek(self._start_at)
            self._out.write(PDFFile(self._pdfVersion).strings[0])  # "%PDF-1.x": the same length
            self._out.seek(end)
        xref_at = self._emit(b"xref\n0 %d\n0000000000 65535 f \n" % (count + 1))
        for run in self.index.offsets(count, 1024):  # in runs: a 100k log's briefing has ~150,000 objects
            self._emit(b"".join(b"%010d 00000 n \n" % offset for offset in run))
        trailer = PDFTrailer(startxref=xref_at, Size=count + 1, Root=self.Reference(cat), Info=self.Reference(info),
                             Encrypt=encrypt_ref, ID=self.ID())
        self._emit(trailer.format(self))
        return b""

    def stream_to(self, target: Any) -> None:
        """Write to `target` (a path, or a binary file object left open) from the first finished page on."""
        self._target = target
