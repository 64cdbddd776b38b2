package dev.protostar.core.format.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The slots of a pre-commit configuration on plain data, without any layout, and the slot edits on
 * plain data: what a text edit must read as. Repositories are found by the text of their {@code
 * repo} value, hooks by the text of their {@code id}; the first repository entry of a URL is the
 * one that counts, and its first hook of an id.
 */
final class PreCommitSlotModel {

    private static final Set<String> CONTAINER_KEYS = Set.of("repo", "hooks");

    private PreCommitSlotModel() {
    }

    /** The typed value of Jackson's tree; {@code null} for a missing node (no document). */
    static TypedValue typed(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return new TypedValue.Str(node.textValue());
        }
        if (node.isBoolean()) {
            return new TypedValue.Bool(node.booleanValue());
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return new TypedValue.Int(node.longValue());
        }
        if (node.isNumber()) {
            return new TypedValue.Flt(node.doubleValue());
        }
        if (node.isNull()) {
            return new TypedValue.Null();
        }
        if (node.isArray()) {
            List<TypedValue> items = new ArrayList<>();
            node.forEach(item -> items.add(typed(item)));
            return new TypedValue.Arr(items);
        }
        if (node.isObject()) {
            Map<String, TypedValue> members = new LinkedHashMap<>();
            node.properties().forEach(field -> members.put(field.getKey(), typed(field.getValue())));
            return new TypedValue.Tbl(members);
        }
        return new TypedValue.Str(node.asText());
    }

    /** The text a repository URL or hook id is matched by. */
    static String keyText(TypedValue value) {
        return value instanceof TypedValue.Str s ? s.value() : value == null ? "" : value.display();
    }

    /** The slots of a document's data ({@code null} for no document). */
    static Map<Slot, TypedValue> slots(TypedValue root) {
        Map<Slot, TypedValue> slots = new LinkedHashMap<>();
        List<TypedValue> repos = repos(root);
        Set<String> urls = new HashSet<>();
        for (TypedValue item : repos) {
            Map<String, TypedValue> repo = ((TypedValue.Tbl) item).members();
            String url = keyText(repo.get("repo"));
            if (!urls.add(url)) {
                continue;
            }
            if (repo.containsKey("rev")) {
                slots.put(Slot.key(PreCommitSlotAddress.revPath(url)), repo.get("rev"));
            }
            for (TypedValue hook : hooks(repo)) {
                Slot slot = Slot.key(PreCommitSlotAddress.hookPath(url, keyText(((TypedValue.Tbl) hook).members().get("id"))));
                slots.putIfAbsent(slot, hook);
            }
        }
        return slots;
    }

    /** The index of the first repository entry of {@code url}, or -1. */
    static int firstRepo(TypedValue root, String url) {
        List<TypedValue> repos = repos(root);
        for (int i = 0; i < repos.size(); i++) {
            if (keyText(((TypedValue.Tbl) repos.get(i)).members().get("repo")).equals(url)) {
                return i;
            }
        }
        return -1;
    }

    /** The indexes of the hooks of {@code repo} whose id is {@code id}. */
    static List<Integer> hookIndexes(Map<String, TypedValue> repo, String id) {
        List<TypedValue> hooks = hooks(repo);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < hooks.size(); i++) {
            if (keyText(((TypedValue.Tbl) hooks.get(i)).members().get("id")).equals(id)) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * Whether removing the hooks at {@code removed} leaves {@code repo} holding nothing but its URL
     * and an empty hooks list (no {@code rev}, no other key): such an entry is removed whole.
     */
    static boolean emptiedContainer(Map<String, TypedValue> repo, int removed) {
        return hooks(repo).size() == removed && CONTAINER_KEYS.containsAll(repo.keySet());
    }

    /**
     * The data of {@code root} after setting ({@code value} present) or removing the slot at {@code
     * address}, as {@link PreCommitSlotEditor} promises it.
     */
    static TypedValue expected(TypedValue root, PreCommitSlotAddress address, Optional<TypedValue> value) {
        int index = firstRepo(root, address.url());
        if (value.isEmpty() && index < 0) {
            return root;
        }
        Map<String, TypedValue> top = root instanceof TypedValue.Tbl table ? new LinkedHashMap<>(table.members())
                : new LinkedHashMap<>();
        List<TypedValue> repos = new ArrayList<>(repos(root));
        if (index < 0) {
            Map<String, TypedValue> repo = new LinkedHashMap<>();
            repo.put("repo", new TypedValue.Str(address.url()));
            if (address.isRev()) {
                repo.put("rev", value.get());
                repo.put("hooks", new TypedValue.Arr(List.of()));
            } else {
                repo.put("hooks", new TypedValue.Arr(List.of(value.get())));
            }
            repos.add(new TypedValue.Tbl(repo));
        } else {
            Map<String, TypedValue> repo = new LinkedHashMap<>(((TypedValue.Tbl) repos.get(index)).members());
            List<TypedValue> hooks = new ArrayList<>(hooks(repo));
            if (address.isRev() && value.isPresent()) {
                repo.put("rev", value.get());
            } else if (address.isRev()) {
                if (!repo.containsKey("rev") || !hooks.isEmpty()) {
                    return root;
                }
                repo = null;
            } else {
                List<Integer> matches = hookIndexes(repo, address.hookId());
                if (value.isPresent()) {
                    if (matches.isEmpty()) {
                        hooks.add(value.get());
                    } else {
                        hooks.set(matches.get(0), value.get());
                    }
                    repo.put("hooks", new TypedValue.Arr(hooks));
                } else if (matches.isEmpty()) {
                    return root;
                } else if (emptiedContainer(repo, matches.size())) {
                    repo = null;
                } else {
                    for (int i = matches.size() - 1; i >= 0; i--) {
                        hooks.remove((int) matches.get(i));
                    }
                    repo.put("hooks", new TypedValue.Arr(hooks));
                }
            }
            if (repo == null) {
                repos.remove(index);
            } else {
                repos.set(index, new TypedValue.Tbl(repo));
            }
        }
        top.put("repos", new TypedValue.Arr(repos));
        return new TypedValue.Tbl(top);
    }

    private static List<TypedValue> repos(TypedValue root) {
        if (root instanceof TypedValue.Tbl table && table.members().get("repos") instanceof TypedValue.Arr repos) {
            return repos.items();
        }
        return List.of();
    }

    private static List<TypedValue> hooks(Map<String, TypedValue> repo) {
        return repo.get("hooks") instanceof TypedValue.Arr hooks ? hooks.items() : List.of();
    }
}
