using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchHeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchHead",
                table: "OutgoingDocument",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchHead",
                table: "IncomingDocument",
                type: "text",
                nullable: false,
                defaultValue: "");

            // The small vector a match is ranked by (see FullTextIndex); not in the EF model, like SearchVector.
            migrationBuilder.Sql("""
                ALTER TABLE "OutgoingDocument" ADD COLUMN "HeadVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "SearchHead")) STORED;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "IncomingDocument" ADD COLUMN "HeadVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "SearchHead")) STORED;
                """);

            // Keep the vectors in the row: a body's vector (about 1.3 kB) otherwise goes to the TOAST table uncompressed, and
            // every match then costs a TOAST lookup (measured: the broad searches took twice as long). Rows rewritten below and
            // by the start-up refold are stored this way.
            migrationBuilder.Sql("""
                ALTER TABLE "OutgoingDocument" ALTER COLUMN "SearchVector" SET STORAGE MAIN, ALTER COLUMN "HeadVector" SET STORAGE MAIN;
                ALTER TABLE "IncomingDocument" ALTER COLUMN "SearchVector" SET STORAGE MAIN, ALTER COLUMN "HeadVector" SET STORAGE MAIN;
                """);

            // What is folded changed (number and signer added, punctuation split into words): start-up refolds rows left
            // empty here (SearchText.RefoldStaleAsync), since SQL cannot fold Vietnamese as TextFolding does.
            migrationBuilder.Sql("""UPDATE "OutgoingDocument" SET "Folded" = '';""");
            migrationBuilder.Sql("""UPDATE "IncomingDocument" SET "Folded" = '';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "OutgoingDocument" DROP COLUMN "HeadVector", ALTER COLUMN "SearchVector" SET STORAGE EXTENDED;""");
            migrationBuilder.Sql("""ALTER TABLE "IncomingDocument" DROP COLUMN "HeadVector", ALTER COLUMN "SearchVector" SET STORAGE EXTENDED;""");

            migrationBuilder.DropColumn(
                name: "SearchHead",
                table: "OutgoingDocument");

            migrationBuilder.DropColumn(
                name: "SearchHead",
                table: "IncomingDocument");
        }
    }
}
