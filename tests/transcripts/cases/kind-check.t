Mistakes in a step kind plugin's field descriptions are reported when the
plugin loads, at its file and line, with "có phải ý bạn là" for a near
miss: a misspelled key of a field description (tpye), a misspelled type
inside "of" (integr), an unknown type.  And a quiz with more than 100
choices is refused by "lesson check" (ui.choose takes at most 100).

%% sh
mkdir -p xdg-data/chibo/plugins/kinds
cp "$REPO/tests/transcripts/kinds/loi-dac-ta.lua" xdg-data/chibo/plugins/kinds/
%% run chibo lesson check lessons/vai-tro-bi-thu.lua
%% exit 1
%% output
$SCRATCH/xdg-data/chibo/plugins/kinds/loi-dac-ta.lua:3: trường 'diem' của kind: type = "integr" không có; dùng string, integer, number, boolean, function, id, list, table; có phải ý bạn là 'integer'?
$SCRATCH/xdg-data/chibo/plugins/kinds/loi-dac-ta.lua:3: trường 'ghi_chu' của kind: type = "text" không có; dùng string, integer, number, boolean, function, id, list, table
$SCRATCH/xdg-data/chibo/plugins/kinds/loi-dac-ta.lua:3: trường 'tpye' không có trong kind.fields.ten; có phải ý bạn là 'type'?
chibo: 1 tệp có lỗi.
%% sh
rm xdg-data/chibo/plugins/kinds/loi-dac-ta.lua
%% run chibo lesson check tests/transcripts/lessons/broken/qua-nhieu-lua-chon.lua
%% exit 1
%% output
tests/transcripts/lessons/broken/qua-nhieu-lua-chon.lua:5: trường 'choices' của quiz 'q' có nhiều nhất 100 phần tử
chibo: 1 tệp có lỗi.
