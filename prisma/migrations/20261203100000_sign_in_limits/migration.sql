-- Sign-in limits move to RateBucket (one atomic statement per try, per account+address, per address, per account):
-- the read-then-write LoginThrottle counter is gone.
DROP TABLE "LoginThrottle";
