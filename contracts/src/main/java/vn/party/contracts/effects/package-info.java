/**
 * Discipline effects, inspection-service → membership-service ({@code POST /api/membership/effects}), version
 * {@value vn.party.contracts.effects.DisciplineEffect#VERSION}: the sealed {@link vn.party.contracts.effects.DisciplineEffect}
 * (one record per effect, wire name in its {@code TYPE}), the {@link vn.party.contracts.effects.EffectDelivery}
 * envelope, and the labels both sides share ({@link vn.party.contracts.effects.DisciplineForm},
 * {@link vn.party.contracts.effects.DecidingBodyKind}, {@link vn.party.contracts.effects.Restoration}). Examples:
 * {@code contracts/effects/*.json}. A new effect type is a new record here, an example, a subtype entry in
 * {@code DisciplineEffect}, and a handler in membership (which does not start without one).
 */
package vn.party.contracts.effects;
