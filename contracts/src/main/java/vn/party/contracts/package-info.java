/**
 * Records that cross a service boundary. Each record family lives in its own package with a version constant and
 * JSON examples under {@code src/main/resources/contracts/<family>/}; producers test that they emit the examples,
 * consumers test that they parse them ({@link vn.party.contracts.ContractExamples} loads them).
 */
package vn.party.contracts;
