package dev.protostar.core.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shortest edit script between two line sequences: Myers' O((N+M)D) algorithm in its linear-space
 * form ("An O(ND) Difference Algorithm and Its Variations", 1986, section 4b), after stripping the
 * common prefix and suffix at every level. The result marks which old lines are deleted and which
 * new lines are inserted; the unmarked lines pair up in order as a longest common subsequence.
 *
 * <p>Like GNU diff, the search gives up on a region whose shortest script would need more than
 * {@value #MAX_HALF_COST} edits on each side of its middle: that region is then marked replaced
 * wholesale, so the script stays correct but is no longer minimal, and the work stays bounded by
 * about {@code MAX_HALF_COST²} steps per region however large the files are.
 */
final class LineDiff {

    static final int MAX_HALF_COST = 2048;

    private final int[] a;
    private final int[] b;
    private final boolean[] deleted;
    private final boolean[] inserted;
    private final int[] forward;
    private final int[] backward;
    private final int offset;

    private LineDiff(int[] a, int[] b) {
        this.a = a;
        this.b = b;
        this.deleted = new boolean[a.length];
        this.inserted = new boolean[b.length];
        int size = a.length + b.length + 3;
        this.offset = size;
        this.forward = new int[2 * size + 1];
        this.backward = new int[2 * size + 1];
    }

    /** The edit script from {@code before} to {@code after}; lines compare with {@code equals}. */
    static LineDiff between(List<String> before, List<String> after) {
        Map<String, Integer> ids = new HashMap<>();
        int[] a = before.stream().mapToInt(line -> ids.computeIfAbsent(line, l -> ids.size())).toArray();
        int[] b = after.stream().mapToInt(line -> ids.computeIfAbsent(line, l -> ids.size())).toArray();
        LineDiff diff = new LineDiff(a, b);
        diff.compare(0, a.length, 0, b.length);
        return diff;
    }

    /** Whether old line {@code i} (0-based) is deleted. */
    boolean isDeleted(int i) {
        return deleted[i];
    }

    /** Whether new line {@code j} (0-based) is inserted. */
    boolean isInserted(int j) {
        return inserted[j];
    }

    /** The number of deleted plus inserted lines: the length of the edit script. */
    int editCount() {
        int count = 0;
        for (boolean d : deleted) {
            count += d ? 1 : 0;
        }
        for (boolean i : inserted) {
            count += i ? 1 : 0;
        }
        return count;
    }

    private void compare(int aStart, int aEnd, int bStart, int bEnd) {
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        if (aStart == aEnd) {
            for (int j = bStart; j < bEnd; j++) {
                inserted[j] = true;
            }
            return;
        }
        if (bStart == bEnd) {
            for (int i = aStart; i < aEnd; i++) {
                deleted[i] = true;
            }
            return;
        }
        int[] snake = middleSnake(aStart, aEnd, bStart, bEnd);
        if (snake == null) {
            for (int i = aStart; i < aEnd; i++) {
                deleted[i] = true;
            }
            for (int j = bStart; j < bEnd; j++) {
                inserted[j] = true;
            }
            return;
        }
        compare(aStart, snake[0], bStart, snake[1]);
        compare(snake[2], aEnd, snake[3], bEnd);
    }

    /**
     * The middle snake of an optimal path through {@code a[aStart, aEnd)} and {@code b[bStart,
     * bEnd)}, as absolute {@code {x0, y0, x1, y1}}: both halves around it cost less than the whole.
     * Both ranges are non-empty and differ in their first and last elements. Null when the search
     * passes {@link #MAX_HALF_COST}.
     */
    private int[] middleSnake(int aStart, int aEnd, int bStart, int bEnd) {
        int n = aEnd - aStart;
        int m = bEnd - bStart;
        int delta = n - m;
        boolean odd = (delta & 1) != 0;
        int max = Math.min((n + m + 1) / 2, MAX_HALF_COST);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        for (int d = 0; d <= max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1])
                        ? forward[offset + k + 1] : forward[offset + k - 1] + 1;
                int y = x - k;
                int x0 = x;
                int y0 = y;
                while (x < n && y < m && a[aStart + x] == b[bStart + y]) {
                    x++;
                    y++;
                }
                forward[offset + k] = x;
                int c = delta - k;
                if (odd && c >= -(d - 1) && c <= d - 1 && x + backward[offset + c] >= n) {
                    return new int[] {aStart + x0, bStart + y0, aStart + x, bStart + y};
                }
            }
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1])
                        ? backward[offset + k + 1] : backward[offset + k - 1] + 1;
                int y = x - k;
                int x0 = x;
                int y0 = y;
                while (x < n && y < m && a[aEnd - 1 - x] == b[bEnd - 1 - y]) {
                    x++;
                    y++;
                }
                backward[offset + k] = x;
                int c = delta - k;
                if (!odd && c >= -d && c <= d && x + forward[offset + c] >= n) {
                    return new int[] {aEnd - x, bEnd - y, aEnd - x0, bEnd - y0};
                }
            }
        }
        return null;
    }
}
