/*
 * doc_docx.c — the model as a .docx: hand-written WordprocessingML
 * (ECMA-376 transitional) zipped in memory with libzip.
 *
 * Parts: [Content_Types].xml, _rels/.rels, word/document.xml,
 * word/_rels/document.xml.rels, word/styles.xml (the page's font in
 * rFonts ascii/hAnsi/eastAsia/cs, its body size, w:lang), word/settings.xml,
 * docProps/core.xml (title, language).  Every entry carries the same fixed
 * date, so one model always gives the same bytes.
 *
 * The page: A4 (11906 × 16838 twips), the model's margins.  Paragraphs:
 * w:jc left/center/right/both, sizes in half-points, first-line indent and
 * spacing in twips, line breaks w:br, keep = w:keepNext, a page break
 * = w:pageBreakBefore on the next paragraph (a w:br of type page before a
 * table), as in the .html.  Tables: fixed
 * layout, widths in twips (percentages of the text width, the last column
 * taking the rounding), no borders, no cell margins, so that the cells'
 * edges are the text's edges.
 *
 * The rule (the line under "ĐẢNG CỘNG SẢN VIỆT NAM") is the paragraph's
 * own bottom border (w:pBdr/w:bottom).  Word draws it from the left to the
 * right indent, so the paragraph is narrowed by indents to the width of
 * its text, estimated with Times New Roman's metrics (doc_font.c), plus a
 * quarter em on each side: the line overhangs the text a little rather
 * than wrapping it if the estimate is short.  A tab-stop approach would
 * need the same estimate and an extra empty run; the border keeps the
 * text one plain paragraph that the secretary can still edit.
 */
#include <stdlib.h>
#include <string.h>

#include "doc_zip.h"

#include "doc_priv.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define XML_DECL                                                               \
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

static long half_points(int pt100)
{
	return (pt100 + 25) / 50;
}

/* The run properties of p (also those of its paragraph mark). */
static void run_props(sbuf *b, const doc_para *p)
{
	long hp = half_points(p->size);
	sbuf_adds(b, "<w:rPr>");
	if (p->bold)
		sbuf_adds(b, "<w:b/><w:bCs/>");
	if (p->italic)
		sbuf_adds(b, "<w:i/><w:iCs/>");
	sbuf_addf(b, "<w:sz w:val=\"%ld\"/><w:szCs w:val=\"%ld\"/>", hp, hp);
	if (p->underline)
		sbuf_adds(b, "<w:u w:val=\"single\"/>");
	sbuf_adds(b, "</w:rPr>");
}

/* The indents that make a rule paragraph about as wide as its text, in a
 * space avail twips wide. */
static void rule_indents(const doc_para *p, long avail, long first, long *left,
                         long *right)
{
	long em = doc_pt_twips(p->size); /* 1 em in twips */
	long text = doc_em_width(p->text, p->bold, p->italic) * em / 1000;
	long line = text + first + em / 2;
	long spare = avail - line;
	*left = *right = 0;
	if (spare <= 0)
		return;
	if (p->align == DOC_CENTER) {
		*left = spare / 2;
		*right = spare - spare / 2;
	} else if (p->align == DOC_RIGHT) {
		*left = spare;
	} else {
		*right = spare;
	}
}

/* One paragraph in a space avail twips wide (the text or a cell);
 * new_page: it starts a page. */
static void para(sbuf *b, const doc_para *p, long avail, int new_page)
{
	static const char *const jc[] = {"left", "center", "right", "both"};
	long first = p->indent ? doc_mm_twips(p->indent) : 0;
	long left = 0, right = 0;
	if (p->rule)
		rule_indents(p, avail, first, &left, &right);
	sbuf_adds(b, "<w:p><w:pPr>");
	if (p->keep)
		sbuf_adds(b, "<w:keepNext/>");
	if (new_page)
		sbuf_adds(b, "<w:pageBreakBefore/>");
	if (p->rule)
		sbuf_adds(b, "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" "
		             "w:space=\"1\" w:color=\"000000\"/></w:pBdr>");
	if (p->before || p->after)
		sbuf_addf(b, "<w:spacing w:before=\"%ld\" w:after=\"%ld\"/>",
		          doc_pt_twips(p->before), doc_pt_twips(p->after));
	if (first || left || right) {
		sbuf_adds(b, "<w:ind");
		if (left)
			sbuf_addf(b, " w:left=\"%ld\"", left);
		if (right)
			sbuf_addf(b, " w:right=\"%ld\"", right);
		if (first)
			sbuf_addf(b, " w:firstLine=\"%ld\"", first);
		sbuf_adds(b, "/>");
	}
	sbuf_addf(b, "<w:jc w:val=\"%s\"/>", jc[p->align]);
	run_props(b, p);
	sbuf_adds(b, "</w:pPr>");
	if (*p->text) {
		sbuf_adds(b, "<w:r>");
		run_props(b, p);
		for (const char *s = p->text;;) {
			const char *nl = strchr(s, '\n');
			size_t n = nl ? (size_t)(nl - s) : strlen(s);
			if (n) {
				sbuf_adds(b, "<w:t xml:space=\"preserve\">");
				doc_esc(b, s, n);
				sbuf_adds(b, "</w:t>");
			}
			if (!nl)
				break;
			sbuf_adds(b, "<w:br/>");
			s = nl + 1;
		}
		sbuf_adds(b, "</w:r>");
	}
	sbuf_adds(b, "</w:p>");
}

static void table(sbuf *b, const doc *d, const doc_block *t)
{
	long text = doc_text_twips(d);
	long w0 = text * t->widths[0] / 100;
	long total = text * (t->widths[0] + t->widths[1]) / 100;
	long w[2] = {w0, total - w0};
	sbuf_addf(b,
	          "<w:tbl><w:tblPr><w:tblW w:w=\"%ld\" w:type=\"dxa\"/>"
	          "<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblBorders>",
	          total);
	static const char *const sides[] = {"top",   "left",    "bottom",
	                                    "right", "insideH", "insideV"};
	for (int i = 0; i < 6; i++)
		sbuf_addf(b,
		          "<w:%s w:val=\"none\" w:sz=\"0\" w:space=\"0\" "
		          "w:color=\"auto\"/>",
		          sides[i]);
	sbuf_addf(b,
	          "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
	          "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/>"
	          "<w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
	          "<w:tblLook w:val=\"0000\"/></w:tblPr>"
	          "<w:tblGrid><w:gridCol w:w=\"%ld\"/><w:gridCol w:w=\"%ld\"/>"
	          "</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>",
	          w[0], w[1]);
	for (int c = 0; c < 2; c++) {
		sbuf_addf(b,
		          "<w:tc><w:tcPr><w:tcW w:w=\"%ld\" "
		          "w:type=\"dxa\"/></w:tcPr>",
		          w[c]);
		for (size_t k = 0; k < t->cells[c].n; k++)
			para(b, &t->cells[c].paras[k], w[c], 0);
		if (t->cells[c].n == 0) /* a cell ends with a paragraph */
			sbuf_adds(b, "<w:p/>");
		sbuf_adds(b, "</w:tc>");
	}
	sbuf_adds(b, "</w:tr></w:tbl>");
}

static char *document_xml(const doc *d)
{
	sbuf b = SBUF_INIT;
	sbuf_adds(&b, XML_DECL "<w:document xmlns:w=\"" W_NS "\"><w:body>");
	long text = doc_text_twips(d);
	static char nothing[1];
	const doc_para empty = {.size = d->body, .text = nothing};
	int after_table = 0, new_page = 0;
	for (size_t i = 0; i < d->n; i++) {
		const doc_block *blk = &d->blocks[i];
		if (blk->kind == DOC_BREAK) {
			/* a break after a break starts a page holding an
			 * empty paragraph */
			if (new_page)
				para(&b, &empty, text, 1);
			new_page = 1;
			after_table = 0;
			continue;
		}
		if (blk->kind == DOC_PARA) {
			para(&b, &blk->p, text, new_page);
		} else {
			/* a table cannot start a page by itself; two tables
			 * in a row would merge into one */
			if (new_page)
				sbuf_adds(&b,
				          "<w:p><w:r><w:br w:type=\"page\"/>"
				          "</w:r></w:p>");
			else if (after_table)
				sbuf_adds(&b, "<w:p/>");
			table(&b, d, blk);
		}
		after_table = blk->kind == DOC_TABLE;
		new_page = 0;
	}
	if (new_page)
		para(&b, &empty, text, 1);
	sbuf_addf(&b,
	          "<w:sectPr><w:pgSz w:w=\"%d\" w:h=\"%d\"/>"
	          "<w:pgMar w:top=\"%ld\" w:right=\"%ld\" w:bottom=\"%ld\" "
	          "w:left=\"%ld\" w:header=\"709\" w:footer=\"709\" "
	          "w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
	          DOC_A4_W_TWIPS, DOC_A4_H_TWIPS, doc_mm_twips(d->top),
	          doc_mm_twips(d->right), doc_mm_twips(d->bottom),
	          doc_mm_twips(d->left));
	return sbuf_detach(&b);
}

static char *styles_xml(const doc *d)
{
	sbuf b = SBUF_INIT;
	long hp = half_points(d->body);
	sbuf_adds(&b, XML_DECL "<w:styles xmlns:w=\"" W_NS "\">"
	                       "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts");
	static const char *const slots[] = {"ascii", "hAnsi", "eastAsia", "cs"};
	for (int i = 0; i < 4; i++) {
		sbuf_addf(&b, " w:%s=\"", slots[i]);
		doc_esc(&b, d->font, strlen(d->font));
		sbuf_adds(&b, "\"");
	}
	sbuf_addf(&b, "/><w:sz w:val=\"%ld\"/><w:szCs w:val=\"%ld\"/>", hp, hp);
	sbuf_adds(&b, "<w:lang w:val=\"");
	doc_esc(&b, d->lang, strlen(d->lang));
	sbuf_adds(&b, "\" w:eastAsia=\"");
	doc_esc(&b, d->lang, strlen(d->lang));
	sbuf_adds(&b,
	          "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
	          "<w:spacing w:after=\"0\" w:line=\"240\" "
	          "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
	          "<w:style w:type=\"paragraph\" w:default=\"1\" "
	          "w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
	          "</w:style>"
	          "<w:style w:type=\"table\" w:default=\"1\" "
	          "w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
	          "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
	          "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
	          "<w:left w:w=\"0\" w:type=\"dxa\"/><w:bottom w:w=\"0\" "
	          "w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>"
	          "</w:tblCellMar></w:tblPr></w:style></w:styles>");
	return sbuf_detach(&b);
}

static char *settings_xml(const doc *d)
{
	sbuf b = SBUF_INIT;
	sbuf_adds(&b, XML_DECL "<w:settings xmlns:w=\"" W_NS "\">"
	                       "<w:zoom w:percent=\"100\"/>"
	                       "<w:defaultTabStop w:val=\"720\"/>"
	                       "<w:characterSpacingControl "
	                       "w:val=\"doNotCompress\"/><w:compat>"
	                       /* a line ended by a break is not stretched
	                        * in a justified paragraph (as in HTML) */
	                       "<w:doNotExpandShiftReturn/>"
	                       "<w:compatSetting w:name=\"compatibilityMode\" "
	                       "w:uri=\"http://schemas.microsoft.com/office/"
	                       "word\" w:val=\"15\"/></w:compat>"
	                       "<w:themeFontLang w:val=\"");
	doc_esc(&b, d->lang, strlen(d->lang));
	sbuf_adds(&b, "\"/></w:settings>");
	return sbuf_detach(&b);
}

static char *core_xml(const doc *d)
{
	sbuf b = SBUF_INIT;
	sbuf_adds(&b, XML_DECL
	          "<cp:coreProperties xmlns:cp=\"http://schemas."
	          "openxmlformats.org/package/2006/metadata/core-properties\" "
	          "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
	char *title = doc_title(d);
	if (title) {
		sbuf_adds(&b, "<dc:title>");
		doc_esc(&b, title, strlen(title));
		sbuf_adds(&b, "</dc:title>");
		free(title);
	}
	sbuf_adds(&b, "<dc:language>");
	doc_esc(&b, d->lang, strlen(d->lang));
	sbuf_adds(&b, "</dc:language></cp:coreProperties>");
	return sbuf_detach(&b);
}

#define CT_NS "http://schemas.openxmlformats.org/package/2006/content-types"
#define CT_WML "application/vnd.openxmlformats-officedocument.wordprocessingml"
#define REL_NS "http://schemas.openxmlformats.org/package/2006/relationships"
#define REL_DOC                                                                \
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships"

static const char content_types[] = XML_DECL
    "<Types xmlns=\"" CT_NS "\">"
    "<Default Extension=\"rels\" ContentType=\"application/"
    "vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"" CT_WML
    ".document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" ContentType=\"" CT_WML
    ".styles+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" ContentType=\"" CT_WML
    ".settings+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
    "vnd.openxmlformats-package.core-properties+xml\"/></Types>";

static const char package_rels[] = XML_DECL
    "<Relationships xmlns=\"" REL_NS "\">"
    "<Relationship Id=\"rId1\" Type=\"" REL_DOC "/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
    "package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/></Relationships>";

static const char document_rels[] =
    XML_DECL "<Relationships xmlns=\"" REL_NS "\">"
             "<Relationship Id=\"rId1\" Type=\"" REL_DOC "/styles\" "
             "Target=\"styles.xml\"/>"
             "<Relationship Id=\"rId2\" Type=\"" REL_DOC "/settings\" "
             "Target=\"settings.xml\"/></Relationships>";

/* 1 January 2000, 00:00 in MS-DOS form: reproducible archives. */
#define DOS_DATE ((20 << 9) | (1 << 5) | 1)
#define DOS_TIME 0

/* Adds name with data[0..n) (not copied: it must outlive zip_close). */
static const struct doc_zip *Z; /* libzip, loaded by doc_docx */

static int add_part(zip_t *z, const char *name, const char *data)
{
	size_t n = strlen(data);
	zip_source_t *src = Z->source_buffer(z, data, n, 0);
	if (!src)
		return -1;
	zip_int64_t i = Z->file_add(z, name, src, ZIP_FL_ENC_UTF_8);
	if (i < 0) {
		Z->source_free(src);
		return -1;
	}
	/* Each deflated entry costs a zlib state of ~256 KiB, freshly
	 * mapped: the small parts are stored, the others deflated at
	 * zlib's default level (libzip's own default is the slowest). */
	if (Z->set_file_compression(z, (zip_uint64_t)i,
	                             n < 2048 ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
	                             n < 2048 ? 0 : 6) < 0)
		return -1;
	return Z->file_set_dostime(z, (zip_uint64_t)i, DOS_TIME, DOS_DATE, 0);
}

/* The finished archive in src into *buf. */
static int take_bytes(zip_source_t *src, void **buf, size_t *len)
{
	zip_stat_t st;
	if (Z->source_stat(src, &st) < 0 || !(st.valid & ZIP_STAT_SIZE) ||
	    Z->source_open(src) < 0)
		return -1;
	char *out = xmalloc(st.size ? st.size : 1);
	zip_int64_t got = Z->source_read(src, out, st.size);
	Z->source_close(src);
	if (got < 0 || (zip_uint64_t)got != st.size) {
		free(out);
		return -1;
	}
	*buf = out;
	*len = (size_t)st.size;
	return 0;
}

int doc_docx(const doc *d, void **buf, size_t *len)
{
	char *parts[4] = {document_xml(d), styles_xml(d), settings_xml(d),
	                  core_xml(d)};
	int rc = -1;
	char *why = NULL;
	Z = doc_zip_load(&why);
	if (!Z) {
		doc_zip_set_error(why);
		for (int i = 0; i < 4; i++)
			free(parts[i]);
		return -1;
	}
	zip_error_t ze;
	Z->error_init(&ze);
	zip_source_t *src = Z->source_buffer_create(NULL, 0, 0, &ze);
	zip_t *z = src ? Z->open_from_source(src, ZIP_TRUNCATE, &ze) : NULL;
	if (!z) {
		Z->source_free(src);
		goto out;
	}
	Z->source_keep(src); /* zip_close would free it */
	if (add_part(z, "[Content_Types].xml", content_types) < 0 ||
	    add_part(z, "_rels/.rels", package_rels) < 0 ||
	    add_part(z, "word/document.xml", parts[0]) < 0 ||
	    add_part(z, "word/_rels/document.xml.rels", document_rels) < 0 ||
	    add_part(z, "word/styles.xml", parts[1]) < 0 ||
	    add_part(z, "word/settings.xml", parts[2]) < 0 ||
	    add_part(z, "docProps/core.xml", parts[3]) < 0) {
		Z->discard(z);
	} else if (Z->close(z) < 0) {
		Z->discard(z);
	} else {
		rc = take_bytes(src, buf, len);
	}
	Z->source_free(src);
out:
	Z->error_fini(&ze);
	for (int i = 0; i < 4; i++)
		free(parts[i]);
	return rc;
}
