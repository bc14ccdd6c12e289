using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>One claim inside a statement's content: its token range and whether the speaker asserted or denied it.</summary>
internal readonly record struct Proposition(int First, int End, Stance Stance, int SubjectFirst = -1, int SubjectEnd = -1);
