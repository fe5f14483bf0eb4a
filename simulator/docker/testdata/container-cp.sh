docker run -d --name web -v data:/data -v ro:/ro:ro registry:2
docker cp -q=false app.py web:/tmp/
docker exec web cat /tmp/app.py
docker cp -q=false app.py web:/tmp/renamed.py
docker cp -q=false site web:/srv
docker cp -q=false site/. web:/srv/flat
docker cp -q=false site/. web:/tmp
docker exec web find /srv /tmp
docker cp -q=false app.py web:data/app.py
docker exec web ls /data
docker cp app.py web:/ro/app.py
echo $?
docker cp web:/etc/alpine-release .
echo $?
cat alpine-release
docker cp -q=false web:/etc/apk ./apk-copy
ls apk-copy
docker cp -q=false web:/srv/site/. ./site-copy
ls site-copy
docker stop web
docker cp -q=false web:/tmp/renamed.py site
ls site
docker cp web:/nope .
echo $?
docker cp nope:/etc/hostname .
docker cp app.py nope:/tmp
docker cp missing.txt web:/tmp
docker cp missing/dir/file.txt web:/tmp
docker cp app.py web:/no/such/dir/
docker cp app.py web:/no/such/file
docker cp site web:/tmp/app.py
docker cp web:/etc ./app.py
docker cp web:/etc/hostname ./nodir/x
docker cp app.py other.py
docker cp web:/a web:/b
docker cp "" web:/tmp
docker cp web:/etc/hostname -
docker cp app.py
echo $?
