"--help" after "user" or any of its subcommands prints the usage of chibo
user and its summary and exits 0 without opening the database; "user"
alone or with an unknown subcommand is a usage error (exit 2).

%% run chibo --db $DB user --help
%% exit 0
%% output
chibo user add TÊN_ĐĂNG_NHẬP --name "HỌ TÊN" [--unit ĐƠN_VỊ] [--role secretary|mentor|admin]… [--passphrase]
       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]
       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout
  người dùng và tài khoản: thêm người (bí thư chi bộ, người hướng dẫn, quản trị viên), xem danh sách, đặt mật khẩu, cấp và bỏ vai trò, đăng xuất
%% run chibo --db $DB user add --help
%% exit 0
%% output
chibo user add TÊN_ĐĂNG_NHẬP --name "HỌ TÊN" [--unit ĐƠN_VỊ] [--role secretary|mentor|admin]… [--passphrase]
       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]
       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout
  người dùng và tài khoản: thêm người (bí thư chi bộ, người hướng dẫn, quản trị viên), xem danh sách, đặt mật khẩu, cấp và bỏ vai trò, đăng xuất
%% run chibo --db $DB user role an -h
%% exit 0
%% output
chibo user add TÊN_ĐĂNG_NHẬP --name "HỌ TÊN" [--unit ĐƠN_VỊ] [--role secretary|mentor|admin]… [--passphrase]
       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]
       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout
  người dùng và tài khoản: thêm người (bí thư chi bộ, người hướng dẫn, quản trị viên), xem danh sách, đặt mật khẩu, cấp và bỏ vai trò, đăng xuất
%% sh
test ! -e "$DB"
%% run chibo --db $DB user
%% exit 2
%% output
chibo: cần: add, list, passwd, role hoặc logout
Cách dùng: chibo user add TÊN_ĐĂNG_NHẬP --name "HỌ TÊN" [--unit ĐƠN_VỊ] [--role secretary|mentor|admin]… [--passphrase]
       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]
       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout
Xem thêm: chibo --help
%% run chibo --db $DB user remove an
%% exit 2
%% output
chibo: không có lệnh 'user remove'; cần: add, list, passwd, role hoặc logout
Cách dùng: chibo user add TÊN_ĐĂNG_NHẬP --name "HỌ TÊN" [--unit ĐƠN_VỊ] [--role secretary|mentor|admin]… [--passphrase]
       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]
       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout
Xem thêm: chibo --help
%% sh
test ! -e "$DB"
