/**
 * Maintaining a project after its creation (DESIGN.md §8): the ownership lock, the three-way
 * reconciliation of what Protostar wrote (base), what the file holds now (local) and what the
 * current request produces (desired), and the conflicts it leaves for a person to decide.
 */
@dev.protostar.api.Internal
package dev.protostar.core.lifecycle;
