using System.Xml;

namespace Sprout.Domain.Plan;

/// <summary>The fixed parts of a .docx package: content types, relationships and the styles (font, headings).</summary>
internal static class DocxParts
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string StylesRelation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

    /// <summary>13 pt in half-points, the official body size.</summary>
    private const int BodySize = 26;

    public static void ContentTypes(XmlWriter w)
    {
        w.WriteStartElement("Types", ContentTypesNs);
        Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, "xml", "application/xml");
        Override(w, "/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        Override(w, "/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
        w.WriteEndElement();
    }

    public static void PackageRelationships(XmlWriter w)
    {
        w.WriteStartElement("Relationships", RelationshipsNs);
        Relationship(w, "rId1", OfficeDocument, "word/document.xml");
        w.WriteEndElement();
    }

    public static void DocumentRelationships(XmlWriter w)
    {
        w.WriteStartElement("Relationships", RelationshipsNs);
        Relationship(w, "rId1", StylesRelation, "styles.xml");
        w.WriteEndElement();
    }

    public static void Styles(XmlWriter w)
    {
        w.WriteStartElement("w", "styles", W);
        w.WriteStartElement("w", "docDefaults", W);
        w.WriteStartElement("w", "rPrDefault", W);
        w.WriteStartElement("w", "rPr", W);
        DocxBuilder.Element(w, "rFonts", ("ascii", "Times New Roman"), ("hAnsi", "Times New Roman"), ("cs", "Times New Roman"), ("eastAsia", "Times New Roman"));
        DocxBuilder.Element(w, "sz", ("val", BodySize));
        DocxBuilder.Element(w, "szCs", ("val", BodySize));
        DocxBuilder.Element(w, "lang", ("val", "vi-VN"));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("w", "pPrDefault", W);
        w.WriteStartElement("w", "pPr", W);
        DocxBuilder.Element(w, "spacing", ("after", 120), ("line", 288), ("lineRule", "auto"));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();

        Style(w, "Normal", "Normal", null, null);
        Style(w, "Heading1", "heading 1", 28, 0);
        Style(w, "Heading2", "heading 2", BodySize, 1);
        w.WriteEndElement();
    }

    private static void Style(XmlWriter w, string id, string name, int? size, int? outline)
    {
        w.WriteStartElement("w", "style", W);
        w.WriteAttributeString("w", "type", W, "paragraph");
        w.WriteAttributeString("w", "styleId", W, id);
        if (id == "Normal")
        {
            w.WriteAttributeString("w", "default", W, "1");
        }

        DocxBuilder.Element(w, "name", ("val", name));
        if (outline is { } level)
        {
            DocxBuilder.Element(w, "basedOn", ("val", "Normal"));
            DocxBuilder.Element(w, "next", ("val", "Normal"));
            DocxBuilder.Element(w, "qFormat");
            w.WriteStartElement("w", "pPr", W);
            DocxBuilder.Element(w, "keepNext");
            DocxBuilder.Element(w, "spacing", ("before", 240), ("after", 120));
            DocxBuilder.Element(w, "outlineLvl", ("val", level));
            w.WriteEndElement();
            w.WriteStartElement("w", "rPr", W);
            DocxBuilder.Element(w, "b");
            DocxBuilder.Element(w, "sz", ("val", size ?? BodySize));
            DocxBuilder.Element(w, "szCs", ("val", size ?? BodySize));
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Default(XmlWriter w, string extension, string type)
    {
        w.WriteStartElement("Default", ContentTypesNs);
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string part, string type)
    {
        w.WriteStartElement("Override", ContentTypesNs);
        w.WriteAttributeString("PartName", part);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", RelationshipsNs);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }
}
