-- A module that requires itself: must end in a clean error, not a hang.
return require("selfreq")
