namespace Evo8x8.Client.Parquet;

/// <summary>A row of a child table: the session it belongs to, its 0-based position in the session's list, and the item.</summary>
internal readonly record struct SessionRow<T>(long SessionId, int Position, T Item);
