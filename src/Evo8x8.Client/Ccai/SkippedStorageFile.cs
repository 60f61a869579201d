namespace Evo8x8.Client.Ccai;

/// <summary>A file <see cref="ExternalStorageReader"/> left out, and why, so that nothing in an export goes unnoticed.</summary>
/// <param name="Path">The file.</param>
/// <param name="Reason">Why it was left out, in plain words (an unknown name, a broken metadata record, no metadata for its session…).</param>
public sealed record SkippedStorageFile(string Path, string Reason);
