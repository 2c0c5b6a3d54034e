using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TextExtraction",
                table: "IncomingDocument",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "DocumentRetentionRule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    TypeCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Years = table.Column<int>(type: "integer", nullable: true)
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

            // Full-text index over the folded text (TextFolding.Fold): a stored generated tsvector with a GIN index.
            // Not in the EF model: PostgreSQL computes it on every insert and update of "Folded".
            migrationBuilder.Sql("""
                ALTER TABLE "OutgoingDocument" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "Folded")) STORED;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_OutgoingDocument_SearchVector" ON "OutgoingDocument" USING GIN ("SearchVector");
                """);

            // Full-text index over the folded text (TextFolding.Fold): a stored generated tsvector with a GIN index.
            // Not in the EF model: PostgreSQL computes it on every insert and update of "Folded".
            migrationBuilder.Sql("""
                ALTER TABLE "IncomingDocument" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "Folded")) STORED;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_IncomingDocument_SearchVector" ON "IncomingDocument" USING GIN ("SearchVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_OutgoingDocument_SearchVector\";");
            migrationBuilder.Sql("ALTER TABLE \"OutgoingDocument\" DROP COLUMN IF EXISTS \"SearchVector\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_IncomingDocument_SearchVector\";");
            migrationBuilder.Sql("ALTER TABLE \"IncomingDocument\" DROP COLUMN IF EXISTS \"SearchVector\";");

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
