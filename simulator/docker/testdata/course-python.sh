docker build -t python-helloworld python-app
docker build -t python-helloworld python-app
echo "# greet in French next" >> python-app/app.py
docker build -t python-helloworld python-app
cp python-app/requirements.txt ordered/
cp python-app/app.py ordered/
docker build -t python-ordered ordered
echo "# greet in French next" >> ordered/app.py
docker build -t python-ordered ordered
docker images
docker history python-helloworld
docker tag python-helloworld pixelpotato/python-helloworld:v1.0.0
docker push pixelpotato/python-helloworld:v1.0.0
docker login -u pixelpotato --password-stdin
echo secret | docker login -u pixelpotato --password-stdin
docker push pixelpotato/python-helloworld:v1.0.0
docker rmi pixelpotato/python-helloworld:v1.0.0
docker pull pixelpotato/python-helloworld:v1.0.0
docker run -d -p 5000:5000 --name registry registry:2
docker tag python-helloworld localhost:5000/python-helloworld
docker push localhost:5000/python-helloworld
curl localhost:5000/v2/_catalog
curl localhost:5000/v2/python-helloworld/tags/list
docker rmi localhost:5000/python-helloworld
docker pull localhost:5000/python-helloworld
docker ps
