using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocumentSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExtractedText",
                table: "IncomingDocument",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TextExtraction",
                table: "IncomingDocument",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "DocumentRetentionRule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    TypeCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Years = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentRetentionRule", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentRetentionRule_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRetentionRule_SchoolId_TypeCode",
                table: "DocumentRetentionRule",
                columns: new[] { "SchoolId", "TypeCode" },
                unique: true);

            // Full-text index over the folded text (TextFolding.Fold: no diacritics, đ → d), an FTS5 table with
            // external content (the text is not stored twice). Triggers keep it in step in the same transaction,
            // whichever code writes the row. NB: an EF table rebuild of "OutgoingDocument" in a later migration drops these
            // triggers; such a migration must re-create them (the search tests fail if it does not).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "OutgoingDocumentFts" USING fts5("Folded", content='OutgoingDocument', content_rowid='Id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "OutgoingDocumentFts"("OutgoingDocumentFts") VALUES ('rebuild');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "OutgoingDocumentFts_Insert" AFTER INSERT ON "OutgoingDocument" BEGIN
                    INSERT INTO "OutgoingDocumentFts"(rowid, "Folded") VALUES (new."Id", new."Folded");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "OutgoingDocumentFts_Delete" AFTER DELETE ON "OutgoingDocument" BEGIN
                    INSERT INTO "OutgoingDocumentFts"("OutgoingDocumentFts", rowid, "Folded") VALUES ('delete', old."Id", old."Folded");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "OutgoingDocumentFts_Update" AFTER UPDATE OF "Folded" ON "OutgoingDocument" BEGIN
                    INSERT INTO "OutgoingDocumentFts"("OutgoingDocumentFts", rowid, "Folded") VALUES ('delete', old."Id", old."Folded");
                    INSERT INTO "OutgoingDocumentFts"(rowid, "Folded") VALUES (new."Id", new."Folded");
                END;
                """);

            // Full-text index over the folded text (TextFolding.Fold: no diacritics, đ → d), an FTS5 table with
            // external content (the text is not stored twice). Triggers keep it in step in the same transaction,
            // whichever code writes the row. NB: an EF table rebuild of "IncomingDocument" in a later migration drops these
            // triggers; such a migration must re-create them (the search tests fail if it does not).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "IncomingDocumentFts" USING fts5("Folded", content='IncomingDocument', content_rowid='Id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "IncomingDocumentFts"("IncomingDocumentFts") VALUES ('rebuild');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "IncomingDocumentFts_Insert" AFTER INSERT ON "IncomingDocument" BEGIN
                    INSERT INTO "IncomingDocumentFts"(rowid, "Folded") VALUES (new."Id", new."Folded");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "IncomingDocumentFts_Delete" AFTER DELETE ON "IncomingDocument" BEGIN
                    INSERT INTO "IncomingDocumentFts"("IncomingDocumentFts", rowid, "Folded") VALUES ('delete', old."Id", old."Folded");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "IncomingDocumentFts_Update" AFTER UPDATE OF "Folded" ON "IncomingDocument" BEGIN
                    INSERT INTO "IncomingDocumentFts"("IncomingDocumentFts", rowid, "Folded") VALUES ('delete', old."Id", old."Folded");
                    INSERT INTO "IncomingDocumentFts"(rowid, "Folded") VALUES (new."Id", new."Folded");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"OutgoingDocumentFts_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"OutgoingDocumentFts_Delete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"OutgoingDocumentFts_Update\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"OutgoingDocumentFts\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"IncomingDocumentFts_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"IncomingDocumentFts_Delete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"IncomingDocumentFts_Update\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"IncomingDocumentFts\";");

            migrationBuilder.DropTable(
                name: "DocumentRetentionRule");

            migrationBuilder.DropColumn(
                name: "ExtractedText",
                table: "IncomingDocument");

            migrationBuilder.DropColumn(
                name: "TextExtraction",
                table: "IncomingDocument");
        }
    }
}
