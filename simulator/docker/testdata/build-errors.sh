docker build
docker build nosuchdir
docker build -t Bad parse
docker build .
docker build missing-copy
docker build badtag
docker build no-update
docker build apk-ubuntu
docker build parse
docker build badbase
docker build user
docker build --target nope user
echo $?
