namespace Sprout.Domain.Documents;

/// <summary>Which rulebook a document follows: the state one (Decree 30/2020/NĐ-CP) or the Party one (Hướng dẫn 36-HD/VPTW).</summary>
public enum DocumentKind
{
    Administrative,
    Party,
}
