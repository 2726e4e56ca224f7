package dev.racecard.report.gate;

public enum Severity {
    FAILURE,
    WARNING
}
