chibo refuses a database it cannot use — a file that is not a chibo
database, a database made by a newer chibo (PRAGMA user_version = 999 on a
real chibo database), a corrupt one — with exit 1 and "chibo: …: why; what
to do", and leaves the file byte-identical (cmp), without side files (-wal,
-shm, -journal).

%% # 1. Not a database: a text file.
%% sh
printf 'Biên bản họp chi bộ tháng 11\n' >bien-ban.txt
cp bien-ban.txt bien-ban.orig
%% run chibo --db $SCRATCH/bien-ban.txt --user an learn trinh-tu-sinh-hoat
%% stdin trinh-tu-sinh-hoat.answers
%% exit 1
%% output
chibo: tệp $SCRATCH/bien-ban.txt không phải cơ sở dữ liệu chibo; hãy chỉ định tệp khác bằng --db hoặc CHIBO_DB
%% run chibo --db $SCRATCH/bien-ban.txt --user an lesson list
%% exit 1
%% output
chibo: tệp $SCRATCH/bien-ban.txt không phải cơ sở dữ liệu chibo; hãy chỉ định tệp khác bằng --db hoặc CHIBO_DB
%% sh
cmp bien-ban.txt bien-ban.orig
test -z "$(ls -d bien-ban.txt-* 2>/dev/null)"
%% # 2. A chibo database from a newer chibo (schema 999), with answers in it.
%% sh
"$CHIBO" --db moi.db --user an learn vai-tro-bi-thu <"$REPO/tests/transcripts/vai-tro-bi-thu.answers" >/dev/null
sqlite3 moi.db 'PRAGMA user_version = 999'
test -z "$(ls -d moi.db-* 2>/dev/null)"
cp moi.db moi.orig
%% run chibo --db $SCRATCH/moi.db --user an learn trinh-tu-sinh-hoat
%% stdin trinh-tu-sinh-hoat.answers
%% exit 1
%% output
chibo: cơ sở dữ liệu $SCRATCH/moi.db do phiên bản chibo mới hơn tạo (lược đồ 999 > 4); hãy cập nhật chibo
%% run chibo --db $SCRATCH/moi.db --user an lesson list
%% exit 1
%% output
chibo: cơ sở dữ liệu $SCRATCH/moi.db do phiên bản chibo mới hơn tạo (lược đồ 999 > 4); hãy cập nhật chibo
%% run chibo --db $SCRATCH/moi.db --user binh
%% stdin
1
%% exit 1
%% output
chibo: cơ sở dữ liệu $SCRATCH/moi.db do phiên bản chibo mới hơn tạo (lược đồ 999 > 4); hãy cập nhật chibo
%% sh
cmp moi.db moi.orig
test -z "$(ls -d moi.db-* 2>/dev/null)"
%% # 3. Corrupt: the first page (the schema) overwritten after the header.
%% sh
"$CHIBO" --db goc.db --user an learn vai-tro-bi-thu <"$REPO/tests/transcripts/vai-tro-bi-thu.answers" >/dev/null
test -z "$(ls -d goc.db-* 2>/dev/null)"
cp goc.db hong-1.db
printf '%3000s' '' | tr ' ' 'Z' | dd of=hong-1.db bs=1 seek=100 conv=notrunc 2>/dev/null
cp hong-1.db hong-1.orig
%% run chibo --db $SCRATCH/hong-1.db --user an learn trinh-tu-sinh-hoat
%% stdin trinh-tu-sinh-hoat.answers
%% exit 1
%% output
chibo: cơ sở dữ liệu $SCRATCH/hong-1.db bị hỏng (database disk image is malformed); hãy khôi phục từ bản sao lưu, hoặc đổi tên tệp để chibo tạo cơ sở dữ liệu mới
%% sh
cmp hong-1.db hong-1.orig
test -z "$(ls -d hong-1.db-* 2>/dev/null)"
%% # 4. Corrupt: cut short (a copy that stopped half way).
%% sh
head -c 10000 goc.db >hong-2.db
cp hong-2.db hong-2.orig
%% run chibo --db $SCRATCH/hong-2.db --user an lesson list
%% exit 1
%% output
chibo: cơ sở dữ liệu $SCRATCH/hong-2.db bị hỏng (database disk image is malformed); hãy khôi phục từ bản sao lưu, hoặc đổi tên tệp để chibo tạo cơ sở dữ liệu mới
%% sh
cmp hong-2.db hong-2.orig
test -z "$(ls -d hong-2.db-* 2>/dev/null)"
