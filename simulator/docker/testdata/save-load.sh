docker pull alpine
docker pull hello-world
docker save -o alpine.tar alpine
ls
docker save hello-world > hello.tar
docker save -o missing/dir/x.tar alpine
docker save -o out.tar nosuch:1.0
docker save -o out.tar nosuch
docker save -o both.tar alpine hello-world:latest
ls
docker rmi alpine hello-world
docker images
docker load -i alpine.tar
docker images
docker load -i hello.tar
docker load -i both.tar
docker tag hello-world alpine
docker load --input alpine.tar
docker images
docker load -i nosuch.tar
echo $?
echo "not a tar" > notes.txt
docker load -i notes.txt
docker load -q -i notes.txt
mkdir sub
docker load -i sub
docker load
docker save
