return "sub.mod"
