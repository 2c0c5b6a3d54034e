using System.Resources;

// Vietnamese is the language of the neutral resources; other languages would add satellite .resx files.
[assembly: NeutralResourcesLanguage("vi")]
