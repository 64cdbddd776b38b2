package dev.protostar.core.format.jsonc;

import java.util.List;

/**
 * Where one JSON array sits in the document's text, with its elements in order.
 *
 * @param open offset of its <code>'['</code>
 * @param close offset of its <code>']'</code>
 * @param elements its elements in the order they are written
 */
record ArraySpan(int open, int close, List<EntrySpan> elements) {

    ArraySpan {
        elements = List.copyOf(elements);
    }
}
