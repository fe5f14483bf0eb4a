docker build -t python-helloworld .
docker tag python-helloworld pixelpotato/python-helloworld:v1.0.0
docker images
docker login -u pixelpotato -p dckr_pat_example
docker push pixelpotato/python-helloworld:v1.0.0
docker run -d -p 5000:5000 --name registry registry:2
docker tag python-helloworld localhost:5000/python-helloworld:v1.0.0
docker push localhost:5000/python-helloworld:v1.0.0
curl localhost:5000/v2/_catalog
docker rmi localhost:5000/python-helloworld:v1.0.0
docker pull localhost:5000/python-helloworld:v1.0.0
