"""A reportlab PDFDocument that writes each page to the file when it is finished, instead of at save().

reportlab's PDFDocument keeps every object of the file (each page's dictionary and content stream, every link)
until `save()`, and then formats the whole file in memory. The objects of a PDF need not be in the file in the
order of their numbers (the cross-reference table maps each number to its byte offset), so this one writes a
page's dictionary and content stream as soon as the page is finished, and a link as soon as its destination's page
is known, and forgets them. At save the rest (the catalog, the pages tree, the outline, the fonts, the forms
filled in at the end, the info) is formatted and written one object at a time, then the cross-reference table
and the trailer.

What this needs from the rest of reportlab's document:
- An object may be named before it exists (a page names the "Page N of M" form only made at save): a name asked
  for before it is registered gets its object number at once, and the object takes that number when it comes
  (an object still missing at save is an error, as in reportlab).
- Encryption encrypts each object with its number and needs its key (and the document's ID) before the first
  object is written: it is prepared when the first page is written, not at save.
- The pages tree keeps the pages' names, not the page objects.
- The header names the PDF version known at the first page; a later feature that raises it (transparency)
  rewrites the header's version in place (same length) when the output can seek.
"""

from __future__ import annotations

from array import array
from typing import Any, BinaryIO

from reportlab.pdfbase.pdfdoc import (
    Destination,
    LinkAnnotation,
    OutlineEntryObject,
    PDFArray,
    PDFDocument,
    PDFFile,
    PDFIndirectObject,
    PDFObject,
    PDFObjectReference,
    PDFOutlines,
    PDFPages,
    PDFTrailer,
    xObjectName,
)
from reportlab.pdfgen.canvas import _annFormat

INTERNAL_NAME = "__InternalName__"  # the attribute reportlab marks a registered object with


def placed(destination: Any) -> bool:
    """True when a bookmark's destination has its page and position (reportlab's Destination, once bound)."""
    return destination.page is not None and destination.fmt is not None


class _Numbers(dict):
    """reportlab's name -> (object number, generation); a name asked for before it is registered gets a number now."""

    def __init__(self, doc: StreamingPDFDocument, items: dict) -> None:
        super().__init__(items)
        self._doc = doc

    def __missing__(self, name: str) -> tuple[int, int]:
        return self._doc._reserve(name)


class _PageTree(PDFPages):
    """The pages tree, holding the pages' names (their objects are written and gone by save)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def addPage(self, page: Any) -> None:  # noqa: N802 - reportlab's name
        self.names.append(page.__InternalName__)

    def check_format(self, document: Any) -> None:
        self.Kids = PDFArray([PDFObjectReference(name) for name in self.names])
        self.Count = len(self.names)


class _Outline(PDFOutlines):
    """reportlab's outline, its entries made and written at save one by one as each is complete (its next sibling
    and its children known), not all made first: ~25,000 entry objects and their translated tree at once (~20 MB
    at the save of a 100k log's briefing, its peak). The same entries, named and linked as reportlab's maketree
    makes them; an outline given whole with setNames is left to reportlab."""

    def prepare(self, document: Any, canvas: Any) -> None:
        if self.mydestinations is not None or not self.levelstack:
            super().prepare(document, canvas)
            return
        self.addOutlineEntry(None)  # close the tree
        tree = self.levelstack[0]
        self.count = self._visible(tree)
        self.first, self.last = self._write_level(document, canvas, tree, document.Reference(document.Outlines),
                                                  "Outline")
        self.ready = 1

    def _visible(self, entries: list) -> int:
        """reportlab's count(): each entry, and the entries under one that is not closed."""
        total = 0
        for entry in entries:
            total += 1
            if isinstance(entry, tuple) and entry[0] not in self.closedict:
                total += self._visible(entry[1])
        return total

    def _write_level(self, document: Any, canvas: Any, entries: list, parent: Any, level_name: str) -> tuple:
        first = last = None
        before: tuple[str, OutlineEntryObject] | None = None
        for index, entry in enumerate(entries):
            obj = OutlineEntryObject()
            obj.Parent = parent
            name = f"{level_name}.{index}"
            ref = document.Reference(obj, name)
            if before is not None:
                before[1].Next = ref
                obj.Prev = last
                document.write_now(before[0])  # complete: its children are written, its next sibling known
            if first is None:
                first = ref
            last = ref
            key = entry[0] if isinstance(entry, tuple) else entry
            if isinstance(entry, tuple):
                self.counter += 1
                obj.First, obj.Last = self._write_level(document, canvas, entry[1], ref, f"Outline.{self.counter}")
                obj.Count = -self._visible(entry[1]) if key in self.closedict else self._visible(entry[1])
            obj.Title = self.destinationnamestotitles[key]
            obj.Dest = canvas._bookmarkReference(key)
            before = (name, obj)
        if before is not None:
            document.write_now(before[0])
        return first, last


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
        new.Pages = new.Catalog.Pages = _PageTree()
        new.outline = new.Outlines = new.Catalog.Outlines = _Outline()
        new._out: BinaryIO | None = None
        new._own_out = False
        new._start_at = 0
        new._offset = 0
        new._header_version = None
        new._offsets = array("q")  # object number -> offset in the file (-1: not written yet)
        new._reserved: set[str] = set()  # names given a number before their object was registered
        new._waiting: dict[str, list[str]] = {}  # bookmark key -> links to it written once it is bound
        new._ready: list[str] = []  # links whose destination is bound, written with the next page
        # bookmark key -> (annotation name, rectangle) of the plain links to it not made yet (defer_link)
        new._deferred: dict[str, list[tuple[str, tuple[float, ...]]]] = {}
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
        if name is None and (not is_object or obj.__class__ is PDFObjectReference):
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

    # -- writing as pages are finished -----------------------------------------------------------------
    def addPage(self, page: Any) -> None:  # noqa: N802 - reportlab's name
        name = self.thisPageName()
        links = [ref.name for ref in page.Annots or ()]
        super().addPage(page)
        self._begin()
        self._write(name)  # registers the page's content stream (and the pages tree, written at save)
        self._write(page.Contents.__InternalName__, last=True)
        page.Contents = page.Resources = page.Annots = None
        for link in links:
            if link not in self.idToObject:
                continue  # a deferred link: made and written once its bookmark is bound (defer_link)
            destination = getattr(self.idToObject.get(link), "Destination", None)
            if isinstance(destination, Destination) and not placed(destination):
                self._waiting.setdefault(destination.name, []).append(link)
            else:
                self._ready.append(link)
        ready, self._ready = self._ready, []
        for link in ready:
            self._write(link, last=True)

    def bound(self, key: str, destination: Destination | None = None) -> None:
        """The bookmark `key` now has its page (`destination`, bound): the links to it are written with the next
        page, the deferred ones made now."""
        self._ready += self._waiting.pop(key, ())
        for name, rect in self._deferred.pop(key, ()):
            self._make_link(name, rect, destination if destination is not None else Destination(key))

    def defer_link(self, name: str, key: str, rect: tuple[float, ...]) -> None:
        """A plain link (no text, no border), annotation `name`, over the absolute `rect` of the page being drawn,
        to the bookmark `key` that has no page yet: kept as its name and rectangle until `bound(key)` makes it.
        The page names it in its annotations (its object number is taken when the page is written). The contents
        link every clause long before its page exists: each waiting link held an annotation and a destination
        (~1.2 KB of Python objects: ~30 MB for the 25,000 clauses of a 100k log), now a tuple."""
        self._deferred.setdefault(key, []).append((name, rect))

    def _make_link(self, name: str, rect: tuple[float, ...], destination: Destination) -> None:
        kw: dict[str, Any] = {"Rect": rect, "Contents": "", "Destination": destination}
        _annFormat(kw, None, 0, None)  # as reportlab's linkRect makes it: Border [0 0 0]
        in_file = name in self._reserved  # its page is written already (which took the number)
        self.Reference(LinkAnnotation(**kw), name)
        if in_file:
            self._ready.append(name)  # else its page, still being drawn, writes it when finished

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
        offset = self._emit(PDFIndirectObject(name, obj).format(self))
        offsets = self._offsets
        if len(offsets) <= number:
            offsets.extend([-1] * (number + 1 - len(offsets)))
        offsets[number] = offset
        del self.idToObject[name]
        del self.numberToId[number]
        if last:
            dict.__delitem__(self.idToObjectNumberAndVersion, name)

    def write_now(self, name: str) -> None:
        """Write the registered object `name` now and forget it (an outline entry, a form made at save)."""
        self._begin()
        self._write(name)

    def write_form(self, name: str) -> None:
        """Write the form `name` (as the canvas names it) just made: the page numbers' forms, one a page, made at
        save, are written one by one rather than all held until the end."""
        self._begin()
        self._write(xObjectName(name), last=True)

    def _written(self, number: int) -> bool:
        return number < len(self._offsets) and self._offsets[number] >= 0

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
        self._waiting.clear()  # every link is written now, bound or not (reportlab then says which is not)
        for key in list(self._deferred):
            self.bound(key)  # never bound: an unbound destination, which reportlab names when it is formatted
        self._ready.clear()
        number = 0
        while number < self.objectcounter:
            number += 1
            if self._written(number):
                continue
            name = self.numberToId[number]
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
        offsets = self._offsets
        for start in range(1, count + 1, 4096):  # in runs: the table of a 100k log's briefing is ~150,000 lines
            self._emit(b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(start, min(start + 4096, count + 1))))
        trailer = PDFTrailer(startxref=xref_at, Size=count + 1, Root=self.Reference(cat), Info=self.Reference(info),
                             Encrypt=encrypt_ref, ID=self.ID())
        self._emit(trailer.format(self))
        return b""

    def stream_to(self, target: Any) -> None:
        """Write to `target` (a path, or a binary file object left open) from the first finished page on."""
        self._target = target
