# The unit tree of the unit-*.t cases, built with chibo by the first admin
# ("admin", passphrase mat-khau-thu-1), from a %% sh section:
#   Tỉnh ủy Lạng Sơn (LS)
#     Đảng ủy xã Đồng Đăng (DD): Chi bộ thôn Bản Cầu (DD-01), Chi bộ thôn Pò Mã (DD-02)
#     Đảng ủy xã Cao Lộc (CL): Chi bộ thôn Nà Sla (CL-01)
#   Thành ủy Hà Nội (HN)
#     Đảng ủy phường Ba Đình (BD): Chi bộ tổ dân phố số 1 (BD-01)
set -e
export CHIBO_NEW_PASSPHRASE=mat-khau-thu-1 CHIBO_PASSPHRASE=mat-khau-thu-1
add() { "$CHIBO" --db "$DB" --user admin unit add "$@" >/dev/null 2>&1; }
add --kind province --code LS "Tỉnh ủy Lạng Sơn"
add --kind commune --parent LS --code DD "Đảng ủy xã Đồng Đăng"
add --kind cell --parent DD --code DD-01 "Chi bộ thôn Bản Cầu"
add --kind cell --parent DD --code DD-02 "Chi bộ thôn Pò Mã"
add --kind commune --parent LS --code CL "Đảng ủy xã Cao Lộc"
add --kind cell --parent CL --code CL-01 "Chi bộ thôn Nà Sla"
add --kind province --code HN "Thành ủy Hà Nội"
add --kind commune --parent HN --code BD "Đảng ủy phường Ba Đình"
add --kind cell --parent BD --code BD-01 "Chi bộ tổ dân phố số 1"
test "$(sqlite3 "$DB" "SELECT count(*) FROM unit")" = 9
