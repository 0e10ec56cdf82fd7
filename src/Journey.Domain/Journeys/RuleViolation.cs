namespace Journey.Domain.Journeys;

/// <summary>Why a command was refused: the field at fault, the rule's stable id and a sentence for people.</summary>
public sealed record RuleViolation(string Field, string Rule, string Message);
